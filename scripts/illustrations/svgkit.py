"""Small helpers to draw schematic Windows windows as SVG 1.1 / Tiny 1.2 friendly markup.

Only rect, line, circle, polygon, path and text elements with presentation attributes.
"""

FONT = "Segoe UI, DejaVu Sans, Arial, Helvetica, sans-serif"
ACCENT = "#D9480F"      # highlight outline and callout discs
SELECT = "#CCE4F7"      # selected row / tree item
BORDER = "#8C8C8C"
PANE_BORDER = "#C8C8C8"
TEXT = "#1B1B1B"
MUTED = "#5F6368"


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def est_width(s, size, weight=None):
    """Rough width of a string in DejaVu Sans (the widest font we may fall back to)."""
    w = 0.0
    for ch in s:
        if ch in "il.,:;'|!()[] ":
            w += 0.33
        elif ch in "mwMW@":
            w += 0.9
        elif ch.isupper() or ch.isdigit():
            w += 0.68
        else:
            w += 0.58
    w *= size
    if weight == "bold":
        w *= 1.1
    return w


class Doc:
    def __init__(self, name, lang, w, h):
        self.name, self.lang, self.w, self.h = name, lang, w, h
        self.parts = []
        self.warnings = []

    def add(self, s):
        self.parts.append(s)

    def comment(self, s):
        self.add("<!-- %s -->" % esc(s).replace("--", "- -"))

    def rect(self, x, y, w, h, fill="none", stroke=None, sw=1, rx=0):
        a = 'x="%g" y="%g" width="%g" height="%g" fill="%s"' % (x, y, w, h, fill)
        if stroke:
            a += ' stroke="%s" stroke-width="%g"' % (stroke, sw)
        if rx:
            a += ' rx="%g" ry="%g"' % (rx, rx)
        self.add("<rect %s/>" % a)

    def line(self, x1, y1, x2, y2, stroke=BORDER, sw=1):
        self.add('<line x1="%g" y1="%g" x2="%g" y2="%g" stroke="%s" stroke-width="%g"/>'
                 % (x1, y1, x2, y2, stroke, sw))

    def circle(self, cx, cy, r, fill, stroke=None, sw=1):
        a = 'cx="%g" cy="%g" r="%g" fill="%s"' % (cx, cy, r, fill)
        if stroke:
            a += ' stroke="%s" stroke-width="%g"' % (stroke, sw)
        self.add("<circle %s/>" % a)

    def poly(self, pts, fill, stroke=None, sw=1):
        a = 'points="%s" fill="%s"' % (" ".join("%g,%g" % p for p in pts), fill)
        if stroke:
            a += ' stroke="%s" stroke-width="%g"' % (stroke, sw)
        self.add("<polygon %s/>" % a)

    def polyline(self, pts, stroke, sw=1):
        self.add('<polyline points="%s" fill="none" stroke="%s" stroke-width="%g"/>'
                 % (" ".join("%g,%g" % p for p in pts), stroke, sw))

    def text(self, x, y, s, size=12, fill=TEXT, weight=None, anchor=None, maxw=None, italic=False):
        a = 'x="%g" y="%g" font-family="%s" font-size="%g" fill="%s"' % (x, y, FONT, size, fill)
        if weight:
            a += ' font-weight="%s"' % weight
        if anchor:
            a += ' text-anchor="%s"' % anchor
        if italic:
            a += ' font-style="italic"'
        self.add("<text %s>%s</text>" % (a, esc(s)))
        if maxw is not None and est_width(s, size, weight) > maxw:
            self.warnings.append("%s/%s: text %r is ~%dpx, box %dpx"
                                 % (self.lang, self.name, s, est_width(s, size, weight), maxw))
        return est_width(s, size, weight)

    def svg(self, title):
        head = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" '
                'width="%d" height="%d" viewBox="0 0 %d %d">\n' % (self.w, self.h, self.w, self.h))
        body = "<title>%s</title>\n" % esc(title)
        body += "\n".join(self.parts)
        return head + body + "\n</svg>\n"


# ---- widgets -------------------------------------------------------------------------

def backdrop(d):
    d.rect(0, 0, d.w, d.h, fill="#E6EAEE")


def window(d, x, y, w, h, title, icon="#2B6CB0", maxw=None):
    d.rect(x + 3, y + 3, w, h, fill="#C9CED4", rx=2)          # flat shadow
    d.rect(x, y, w, h, fill="#FFFFFF", stroke=BORDER, sw=1)
    d.rect(x + 0.5, y + 0.5, w - 1, 29, fill="#F3F3F3")
    d.line(x, y + 30, x + w, y + 30, stroke="#D6D6D6")
    d.rect(x + 10, y + 8, 14, 14, fill=icon, rx=2)
    d.text(x + 32, y + 20, title, size=12.5, maxw=(maxw or (w - 150)))
    # minimise, maximise, close
    cx = x + w - 108
    d.line(cx + 10, y + 16, cx + 22, y + 16, stroke="#333333")
    d.rect(cx + 46, y + 10, 11, 11, fill="none", stroke="#333333")
    d.line(cx + 82, y + 10, cx + 93, y + 21, stroke="#333333")
    d.line(cx + 93, y + 10, cx + 82, y + 21, stroke="#333333")
    return y + 31


def dialog(d, x, y, w, h, title):
    d.rect(x + 5, y + 5, w, h, fill="#9AA3AD", rx=2)
    d.rect(x, y, w, h, fill="#F7F7F7", stroke="#5B6770", sw=1.2)
    d.rect(x + 0.6, y + 0.6, w - 1.2, 27, fill="#FFFFFF")
    d.line(x, y + 28, x + w, y + 28, stroke="#D6D6D6")
    d.text(x + 12, y + 19, title, size=12, maxw=w - 50)
    d.line(x + w - 24, y + 9, x + w - 14, y + 19, stroke="#333333")
    d.line(x + w - 14, y + 9, x + w - 24, y + 19, stroke="#333333")
    return y + 29


def menubar(d, x, y, w, items, size=12):
    d.rect(x + 0.5, y, w - 1, 22, fill="#FFFFFF")
    d.line(x, y + 22, x + w, y + 22, stroke="#E3E3E3")
    cx = x + 10
    for it in items:
        d.text(cx, y + 15, it, size=size)
        cx += est_width(it, size) + 18
    return y + 23


def addressbar(d, x, y, w, text, size=11.5):
    d.rect(x + 6, y + 4, w - 12, 20, fill="#FFFFFF", stroke="#BDBDBD")
    d.text(x + 12, y + 18, text, size=size, fill="#333333", maxw=w - 24)
    return y + 28


def pane(d, x, y, w, h, header=None, fill="#FFFFFF"):
    d.rect(x, y, w, h, fill=fill, stroke=PANE_BORDER)
    if header:
        d.rect(x + 0.5, y + 0.5, w - 1, 22, fill="#EEF2F6")
        d.line(x, y + 23, x + w, y + 23, stroke=PANE_BORDER)
        d.text(x + 8, y + 16, header, size=12, weight="bold", maxw=w - 12)
        return y + 24
    return y


def chevron(d, x, y, open_):
    if open_:
        d.poly([(x, y - 3), (x + 8, y - 3), (x + 4, y + 2)], fill="#555555")
    else:
        d.poly([(x + 1, y - 6), (x + 6, y - 2), (x + 1, y + 2)], fill="#555555")


def folder(d, x, y, color="#E3B341"):
    d.rect(x, y - 9, 13, 10, fill=color, rx=1)
    d.rect(x, y - 11, 6, 3, fill=color)


def tree(d, x, y, w, items, line_h=22, size=12):
    """items: (level, label, state, selected, icon) state: 'open', 'closed' or None.

    Returns the list of row boxes (x, y, w, h) of the labels, to place highlights.
    """
    boxes = []
    for i, it in enumerate(items):
        level, label, state, selected = it[0], it[1], it[2], it[3]
        icon = it[4] if len(it) > 4 else "#E3B341"
        ry = y + i * line_h
        tx = x + 8 + level * 16
        lw = est_width(label, size)
        if selected:
            d.rect(tx + 18, ry + 2, lw + 10, line_h - 4, fill=SELECT)
        if state:
            chevron(d, tx - 10, ry + line_h / 2 + 1, state == "open")
        folder(d, tx + 2, ry + line_h / 2 + 4, icon)
        d.text(tx + 22, ry + line_h / 2 + 4.5, label, size=size, maxw=(x + w) - (tx + 24))
        boxes.append((tx, ry + 2, lw + 28, line_h - 4))
    return boxes


def table(d, x, y, cols, rows, row_h=22, size=12, selected=None, cell_fill=None, hdr_size=None):
    """cols: [(label, width)], rows: [[cell, ...]]. Cells may be (text, colour).

    Returns a list of row boxes (x, y, w, h)."""
    total = sum(c[1] for c in cols)
    hs = hdr_size or size
    d.rect(x, y, total, row_h, fill="#F5F6F7")
    d.line(x, y + row_h, x + total, y + row_h, stroke="#D5D5D5")
    cx = x
    for label, cw in cols:
        d.text(cx + 6, y + row_h / 2 + 4.5, label, size=hs, fill="#444444", maxw=cw - 8)
        d.line(cx + cw, y + 3, cx + cw, y + row_h - 3, stroke="#D5D5D5")
        cx += cw
    boxes = []
    for r, row in enumerate(rows):
        ry = y + row_h * (r + 1)
        if selected is not None and r == selected:
            d.rect(x + 1, ry + 1, total - 2, row_h - 2, fill=SELECT)
        cx = x
        for c, cell in enumerate(row):
            colour = TEXT
            if isinstance(cell, tuple):
                cell, colour = cell
            d.text(cx + 6, ry + row_h / 2 + 4.5, cell, size=size, fill=colour, maxw=cols[c][1] - 8)
            cx += cols[c][1]
        boxes.append((x, ry, total, row_h))
    return boxes


def button(d, x, y, w, label, size=12, default=False, h=24):
    d.rect(x, y, w, h, fill="#FDFDFD", stroke="#0067C0" if default else "#ADADAD", sw=1.5 if default else 1, rx=3)
    d.text(x + w / 2, y + h / 2 + 4.5, label, size=size, anchor="middle", maxw=w - 6)
    return (x, y, w, h)


def field(d, x, y, w, value, size=12, h=22, dropdown=False):
    d.rect(x, y, w, h, fill="#FFFFFF", stroke="#8F8F8F")
    d.text(x + 6, y + h / 2 + 4.5, value, size=size, maxw=w - (26 if dropdown else 10))
    if dropdown:
        d.poly([(x + w - 15, y + h / 2 - 2), (x + w - 7, y + h / 2 - 2), (x + w - 11, y + h / 2 + 3)],
               fill="#444444")
    return (x, y, w, h)


def checkbox(d, x, y, label, checked, size=12, maxw=None):
    d.rect(x, y - 11, 13, 13, fill="#FFFFFF", stroke="#5F5F5F")
    if checked:
        d.polyline([(x + 2.5, y - 4.5), (x + 5.5, y - 1.5), (x + 10.5, y - 8.5)], stroke="#1B1B1B", sw=2)
    d.text(x + 20, y, label, size=size, maxw=maxw)


def radio(d, x, y, label, on, size=12):
    d.circle(x + 6, y - 4, 6.5, fill="#FFFFFF", stroke="#5F5F5F")
    if on:
        d.circle(x + 6, y - 4, 3.5, fill="#1B1B1B")
    d.text(x + 18, y, label, size=size)


def tabs(d, x, y, labels, active, size=12):
    cx = x
    boxes = []
    for i, lab in enumerate(labels):
        w = est_width(lab, size) + 18
        if i == active:
            d.rect(cx, y - 2, w, 24, fill="#FFFFFF", stroke="#ADADAD")
        else:
            d.rect(cx, y, w, 22, fill="#EDEDED", stroke="#C8C8C8")
        d.text(cx + 9, y + 15, lab, size=size)
        boxes.append((cx, y - 2, w, 24))
        cx += w
    return boxes


def mark(d, box, n, side="right", dist=26, pad=3):
    """Orange outline around box, with a numbered disc on one side joined by a short line."""
    x, y, w, h = box
    x, y, w, h = x - pad, y - pad, w + 2 * pad, h + 2 * pad
    if side == "right":
        cx, cy, ex, ey = x + w + dist, y + h / 2, x + w, y + h / 2
    elif side == "left":
        cx, cy, ex, ey = x - dist, y + h / 2, x, y + h / 2
    elif side == "top":
        cx, cy, ex, ey = x + w / 2, y - dist, x + w / 2, y
    elif side == "bottom":
        cx, cy, ex, ey = x + w / 2, y + h + dist, x + w / 2, y + h
    elif side == "topright":
        cx, cy, ex, ey = x + w + dist * 0.7, y - dist * 0.7, x + w, y
    elif side == "topleft":
        cx, cy, ex, ey = x - dist * 0.7, y - dist * 0.7, x, y
    elif side == "bottomright":
        cx, cy, ex, ey = x + w + dist * 0.7, y + h + dist * 0.7, x + w, y + h
    else:
        raise ValueError(side)
    d.rect(x, y, w, h, fill="none", stroke=ACCENT, sw=2.5, rx=4)
    d.line(ex, ey, cx, cy, stroke=ACCENT, sw=2)
    d.circle(cx, cy, 11, fill=ACCENT, stroke="#FFFFFF", sw=1.5)
    d.text(cx, cy + 4.5, str(n), size=12.5, fill="#FFFFFF", weight="bold", anchor="middle")


def note(d, x, y, lines, size=11.5, w=None):
    """A yellow sticky note used to explain a callout."""
    lw = w or (max(est_width(s, size) for s in lines) + 20)
    h = 10 + len(lines) * (size + 5)
    d.rect(x, y, lw, h, fill="#FFF6D5", stroke="#D4A72C", rx=3)
    for i, s in enumerate(lines):
        d.text(x + 10, y + 5 + (i + 1) * (size + 5) - 3, s, size=size, fill="#3D3200", maxw=lw - 14)
    return (x, y, lw, h)


def caption(d, text):
    h = 32
    d.rect(0, d.h - h, d.w, h, fill="#2F3E46")
    d.rect(10, d.h - h + 8, 16, 16, fill="none", stroke="#FFFFFF", sw=1.5, rx=2)
    d.line(12, d.h - h + 21, 18, d.h - h + 14, stroke="#FFFFFF", sw=1.5)
    d.line(18, d.h - h + 14, 24, d.h - h + 21, stroke="#FFFFFF", sw=1.5)
    d.text(34, d.h - h / 2 + 4.5, text, size=13, fill="#FFFFFF", weight="bold", maxw=d.w - 44)


def wrap(s, size, maxw, weight=None):
    words, lines, cur = s.split(" "), [], ""
    for w in words:
        cand = (cur + " " + w).strip()
        if cur and est_width(cand, size, weight) > maxw:
            lines.append(cur)
            cur = w
        else:
            cur = cand
    if cur:
        lines.append(cur)
    return lines


def para(d, x, y, s, size=12, maxw=300, line_h=None, fill=TEXT, weight=None):
    """Wrapped text; returns the y below the last line."""
    lh = line_h or size + 5
    for i, ln in enumerate(wrap(s, size, maxw, weight)):
        d.text(x, y + i * lh, ln, size=size, fill=fill, weight=weight, maxw=maxw)
    return y + len(wrap(s, size, maxw, weight)) * lh


def link(d, x, y, s, size=12, maxw=None):
    return d.text(x, y, s, size=size, fill="#0B5CAD", maxw=maxw)


def menu(d, x, y, w, items, size=12, row_h=24, hot=None):
    """Context menu; items are strings, '-' for a separator. Returns item boxes (None for separators)."""
    h = sum(8 if it == "-" else row_h for it in items) + 6
    d.rect(x + 3, y + 3, w, h, fill="#A7AFB7")
    d.rect(x, y, w, h, fill="#F9F9F9", stroke="#9A9A9A")
    cy = y + 3
    boxes = []
    for i, it in enumerate(items):
        if it == "-":
            d.line(x + 8, cy + 4, x + w - 8, cy + 4, stroke="#D0D0D0")
            boxes.append(None)
            cy += 8
            continue
        if hot is not None and i == hot:
            d.rect(x + 3, cy + 1, w - 6, row_h - 2, fill=SELECT)
        label = it
        if label.endswith(" >"):
            label = label[:-2]
            d.poly([(x + w - 16, cy + row_h / 2 - 5), (x + w - 11, cy + row_h / 2), (x + w - 16, cy + row_h / 2 + 5)],
                   fill="#444444")
        d.text(x + 26, cy + row_h / 2 + 4.5, label, size=size, maxw=w - 44)
        boxes.append((x + 3, cy + 1, w - 6, row_h - 2))
        cy += row_h
    return boxes
