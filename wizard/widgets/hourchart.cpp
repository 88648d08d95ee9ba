#include "hourchart.h"

#include <QEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <climits>
#include <cmath>

namespace ndes::ui {

namespace {

constexpr int kLegendBox = 12;

QDateTime localOfHour(std::int64_t hour)
{
    return QDateTime::fromSecsSinceEpoch(hour * 3600).toLocalTime();
}

QDate weekStart(const QDate &d)
{
    return d.addDays(-(d.dayOfWeek() - 1));
}

QDate monthStart(const QDate &d)
{
    return QDate(d.year(), d.month(), 1);
}

// A round step for the value axis: 1, 2 or 5 times a power of ten, giving at most `lines` lines.
qint64 niceStep(qint64 max, int lines)
{
    if (max <= lines)
        return 1;
    const double raw = double(max) / lines;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        if (m * power >= raw)
            return std::max<qint64>(1, qint64(m * power));
    }
    return qint64(10 * power);
}

// How many buckets between two labels so that labels `labelPx` wide do not touch; rounded to steps that
// read well for the unit (every 1, 2, 3, 4, 6 or 12 hours; every 1, 2, 7 or 14 days...).
int labelEvery(HourChart::Unit unit, qreal barWidth, int labelPx)
{
    const int needed = std::max(1, int(std::ceil(labelPx / std::max<qreal>(barWidth, 0.01))));
    QList<int> steps;
    switch (unit) {
    case HourChart::Unit::Hour: steps = {1, 2, 3, 4, 6, 12, 24}; break;
    case HourChart::Unit::Day: steps = {1, 2, 7, 14, 28}; break;
    case HourChart::Unit::Week: steps = {1, 2, 4, 8, 13, 26, 52}; break;
    case HourChart::Unit::Month: steps = {1, 2, 3, 6, 12, 24, 60}; break;
    }
    for (int s : steps) {
        if (s >= needed)
            return s;
    }
    return needed;
}

} // namespace

HourChart::HourChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("iisHourChart"));
    setFocusPolicy(Qt::TabFocus); // so screen reader users reach its description
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMouseTracking(true);
    refreshAccessibility();
}

QSize HourChart::sizeHint() const
{
    return {600, minimumSizeHint().height()};
}

QSize HourChart::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    return {260, line * 4 + 150};
}

QColor HourChart::classColor(int statusClass)
{
    // Mid tones that stand out on light and on dark backgrounds alike.
    switch (statusClass) {
    case S2xx: return QColor(0x2f, 0x9e, 0x44);
    case S3xx: return QColor(0x1c, 0x7e, 0xd6);
    case S4xx: return QColor(0xf0, 0x8c, 0x00);
    case S5xx: return QColor(0xe0, 0x31, 0x31);
    default: return QColor(0x86, 0x8e, 0x96);
    }
}

QString HourChart::className(int statusClass)
{
    switch (statusClass) {
    case S2xx: return tr("2xx success");
    case S3xx: return tr("3xx redirected");
    case S4xx: return tr("4xx refused");
    case S5xx: return tr("5xx server error");
    default: return tr("other");
    }
}

void HourChart::clear()
{
    m_data.clear();
    m_buckets.clear();
    m_max = 0;
    m_unit = Unit::Hour;
    refreshAccessibility();
    update();
}

void HourChart::setData(const std::map<std::int64_t, logs::iis::HourCounts> &perHour)
{
    m_data = perHour;
    m_buckets.clear();
    m_max = 0;
    m_unit = Unit::Hour;
    if (perHour.empty()) {
        refreshAccessibility();
        update();
        return;
    }
    const std::int64_t firstHour = perHour.begin()->first;
    const std::int64_t lastHour = perHour.rbegin()->first;
    const QDate firstDay = localOfHour(firstHour).date();
    const QDate lastDay = localOfHour(lastHour).date();

    if (lastHour - firstHour + 1 <= kMaxHourBuckets)
        m_unit = Unit::Hour;
    else if (firstDay.daysTo(lastDay) + 1 <= kMaxDayBuckets)
        m_unit = Unit::Day;
    else if (weekStart(firstDay).daysTo(weekStart(lastDay)) / 7 + 1 <= kMaxWeekBuckets)
        m_unit = Unit::Week;
    else
        m_unit = Unit::Month;

    // The bucket of a local date, as an index from the first one.
    auto dayIndex = [&](const QDate &d) -> qint64 {
        switch (m_unit) {
        case Unit::Day: return firstDay.daysTo(d);
        case Unit::Week: return weekStart(firstDay).daysTo(weekStart(d)) / 7;
        case Unit::Month:
            return (qint64(d.year()) * 12 + d.month()) - (qint64(firstDay.year()) * 12 + firstDay.month());
        case Unit::Hour: break;
        }
        return 0;
    };
    qint64 count = 0;
    if (m_unit == Unit::Hour)
        count = lastHour - firstHour + 1;
    else
        count = dayIndex(lastDay) + 1;
    m_buckets.resize(qsizetype(count));
    for (qint64 i = 0; i < count; ++i) {
        Bucket &b = m_buckets[qsizetype(i)];
        switch (m_unit) {
        case Unit::Hour: b.start = localOfHour(firstHour + i); break;
        case Unit::Day: b.start = firstDay.addDays(i).startOfDay(); break;
        case Unit::Week: b.start = weekStart(firstDay).addDays(7 * i).startOfDay(); break;
        case Unit::Month: b.start = monthStart(firstDay).addMonths(int(i)).startOfDay(); break;
        }
    }
    for (const auto &[hour, c] : perHour) {
        const qint64 i = m_unit == Unit::Hour ? hour - firstHour : dayIndex(localOfHour(hour).date());
        if (i < 0 || i >= count)
            continue;
        Bucket &b = m_buckets[qsizetype(i)];
        b.counts[S2xx] += c.s2xx;
        b.counts[S3xx] += c.s3xx;
        b.counts[S4xx] += c.s4xx;
        b.counts[S5xx] += c.s5xx;
        b.counts[SOther] += std::max<qint64>(0, c.total - c.s2xx - c.s3xx - c.s4xx - c.s5xx);
        b.total += c.total;
    }
    for (const Bucket &b : std::as_const(m_buckets))
        m_max = std::max(m_max, b.total);
    refreshAccessibility();
    updateGeometry();
    update();
}

QString HourChart::bucketLabel(const Bucket &b, bool withDate) const
{
    const QLocale locale;
    switch (m_unit) {
    case Unit::Hour:
        return withDate ? locale.toString(b.start.date(), QStringLiteral("d MMM")) : locale.toString(b.start.time(), QStringLiteral("HH:mm"));
    case Unit::Day:
    case Unit::Week:
        return withDate ? QString::number(b.start.date().year()) : locale.toString(b.start.date(), QStringLiteral("d MMM"));
    case Unit::Month:
        return withDate ? QString::number(b.start.date().year()) : locale.toString(b.start.date(), QStringLiteral("MMM"));
    }
    return {};
}

QString HourChart::bucketRange(const Bucket &b) const
{
    const QLocale locale;
    switch (m_unit) {
    case Unit::Hour:
        return tr("%1, %2 to %3")
            .arg(locale.toString(b.start.date(), QLocale::LongFormat), locale.toString(b.start.time(), QStringLiteral("HH:mm")),
                 locale.toString(b.start.addSecs(3600).time(), QStringLiteral("HH:mm")));
    case Unit::Day: return locale.toString(b.start.date(), QLocale::LongFormat);
    case Unit::Week: return tr("Week of %1").arg(locale.toString(b.start.date(), QLocale::LongFormat));
    case Unit::Month: return locale.toString(b.start.date(), QStringLiteral("MMMM yyyy"));
    }
    return {};
}

QString HourChart::summaryText() const
{
    if (m_buckets.isEmpty())
        return tr("No SCEP request to show.");
    const QLocale locale;
    std::array<qint64, kClassCount> sums{};
    qint64 total = 0;
    const Bucket *busiest = &m_buckets.first();
    for (const Bucket &b : m_buckets) {
        for (int c = 0; c < kClassCount; ++c)
            sums[std::size_t(c)] += b.counts[std::size_t(c)];
        total += b.total;
        if (b.total > busiest->total)
            busiest = &b;
    }
    QString unitText;
    switch (m_unit) {
    case Unit::Hour: unitText = tr("%n bar(s), one per hour", nullptr, int(m_buckets.size())); break;
    case Unit::Day: unitText = tr("%n bar(s), one per day", nullptr, int(m_buckets.size())); break;
    case Unit::Week: unitText = tr("%n bar(s), one per week", nullptr, int(m_buckets.size())); break;
    case Unit::Month: unitText = tr("%n bar(s), one per month", nullptr, int(m_buckets.size())); break;
    }
    QStringList parts;
    for (int c = 0; c < kClassCount; ++c) {
        if (sums[std::size_t(c)])
            parts << tr("%1: %2").arg(className(c), locale.toString(sums[std::size_t(c)]));
    }
    return tr("%n SCEP request(s) in local time, %1. Busiest: %2, with %3. %4.", nullptr, int(std::min<qint64>(total, INT_MAX)))
        .arg(unitText, bucketRange(*busiest), locale.toString(busiest->total), locale.createSeparatedList(parts));
}

void HourChart::refreshAccessibility()
{
    setAccessibleName(tr("Chart of SCEP requests over time, by status"));
    setAccessibleDescription(summaryText());
}

void HourChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        refreshAccessibility();
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        update();
    QWidget::changeEvent(event);
}

HourChart::Geometry HourChart::geometry() const
{
    Geometry g;
    const QFontMetrics fm = fontMetrics();
    const int line = fm.height();
    g.legend = QRect(0, 0, width(), line + 8);
    g.yMax = std::max<qint64>(m_max, 1);
    g.yStep = niceStep(g.yMax, 4);
    g.yMax = ((g.yMax + g.yStep - 1) / g.yStep) * g.yStep;
    const int yLabel = fm.horizontalAdvance(QLocale().toString(g.yMax)) + 10;
    const int top = g.legend.bottom() + 8;
    const int bottom = height() - (2 * line + 10);
    g.plot = QRect(QPoint(yLabel, top), QPoint(width() - 8, bottom));
    // A few buckets (an hour of logs) stay bars, not slabs across the whole width.
    g.barWidth = m_buckets.isEmpty() ? 0 : std::min<qreal>(qreal(g.plot.width()) / m_buckets.size(), 64);
    return g;
}

int HourChart::bucketAt(const QPoint &pos) const
{
    const Geometry g = geometry();
    if (m_buckets.isEmpty() || !g.plot.adjusted(0, 0, 0, 2 * fontMetrics().height()).contains(pos) || g.barWidth <= 0)
        return -1;
    const int i = int((pos.x() - g.plot.left()) / g.barWidth);
    return i >= 0 && i < m_buckets.size() ? i : -1;
}

bool HourChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int i = bucketAt(help->pos());
        if (i < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const Bucket &b = m_buckets[i];
        QStringList lines{bucketRange(b), tr("%n SCEP request(s)", nullptr, int(std::min<qint64>(b.total, INT_MAX)))};
        for (int c = 0; c < kClassCount; ++c) {
            if (b.counts[std::size_t(c)])
                lines << tr("%1: %2").arg(className(c), QLocale().toString(b.counts[std::size_t(c)]));
        }
        QToolTip::showText(help->globalPos(), lines.join(QLatin1Char('\n')), this);
        return true;
    }
    return QWidget::event(event);
}

void HourChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    QColor grid = pal.color(QPalette::WindowText);
    grid.setAlpha(50);
    const QFontMetrics fm = fontMetrics();
    const QLocale locale;
    const Geometry g = geometry();

    p.fillRect(rect(), pal.color(QPalette::Base));
    if (hasFocus()) {
        p.setPen(QPen(pal.color(QPalette::Highlight), 1));
        p.drawRect(rect().adjusted(0, 0, -1, -1));
    }

    if (m_buckets.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("No SCEP request to show."));
        return;
    }

    // The legend: a swatch and a word for each class present, then the unit.
    bool present[kClassCount] = {};
    for (const Bucket &b : std::as_const(m_buckets)) {
        for (int c = 0; c < kClassCount; ++c)
            present[c] = present[c] || b.counts[std::size_t(c)] > 0;
    }
    int x = g.plot.left();
    const int legendY = g.legend.top() + 4;
    auto swatch = [&](const QRect &r, int c) {
        p.fillRect(r, classColor(c));
        if (c == S4xx || c == S5xx) {
            // A pattern too, so the classes differ without colour.
            p.fillRect(r, QBrush(classColor(c).darker(170), c == S4xx ? Qt::BDiagPattern : Qt::DiagCrossPattern));
        }
    };
    for (int c = 0; c < kClassCount; ++c) {
        if (!present[c] && c != S2xx)
            continue;
        const QRect box(x, legendY + (fm.height() - kLegendBox) / 2, kLegendBox, kLegendBox);
        swatch(box, c);
        p.setPen(text);
        const QString word = className(c);
        p.drawText(QPoint(box.right() + 5, legendY + fm.ascent()), word);
        x = box.right() + 5 + fm.horizontalAdvance(word) + 16;
    }
    QString unitText;
    switch (m_unit) {
    case Unit::Hour: unitText = tr("requests per hour, local time"); break;
    case Unit::Day: unitText = tr("requests per day, local time"); break;
    case Unit::Week: unitText = tr("requests per week, local time"); break;
    case Unit::Month: unitText = tr("requests per month, local time"); break;
    }
    const int unitWidth = fm.horizontalAdvance(unitText);
    if (x + unitWidth < width() - 8) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(QPoint(width() - 8 - unitWidth, legendY + fm.ascent()), unitText);
    }

    // Value axis and grid.
    p.setPen(text);
    for (qint64 v = 0; v <= g.yMax; v += g.yStep) {
        const int y = g.plot.bottom() - int(qreal(v) / g.yMax * g.plot.height());
        p.setPen(grid);
        p.drawLine(g.plot.left(), y, g.plot.right(), y);
        p.setPen(text);
        const QString label = locale.toString(v);
        p.drawText(QRect(0, y - fm.height() / 2, g.plot.left() - 6, fm.height()), Qt::AlignRight | Qt::AlignVCenter, label);
    }

    // Bars.
    const qreal gap = g.barWidth >= 4 ? std::max<qreal>(1, g.barWidth * 0.15) : 0;
    for (qsizetype i = 0; i < m_buckets.size(); ++i) {
        const Bucket &b = m_buckets[i];
        if (!b.total)
            continue;
        const qreal left = g.plot.left() + i * g.barWidth + gap / 2;
        const int x0 = int(std::floor(left));
        const int w = std::max(1, int(std::floor(left + g.barWidth - gap)) - x0);
        qint64 below = 0;
        for (int c = 0; c < kClassCount; ++c) {
            const qint64 n = b.counts[std::size_t(c)];
            if (!n)
                continue;
            const int yTop = g.plot.bottom() - int(std::round(qreal(below + n) / g.yMax * g.plot.height()));
            const int yBottom = g.plot.bottom() - int(std::round(qreal(below) / g.yMax * g.plot.height()));
            const QRect r(x0, yTop, w, std::max(1, yBottom - yTop));
            swatch(r, c);
            below += n;
        }
    }
    p.setPen(text);
    p.drawLine(g.plot.left(), g.plot.bottom(), g.plot.right(), g.plot.bottom());

    // Time axis: a label every few buckets, and the date (or year) below when it changes.
    const int labelPx = std::max(fm.horizontalAdvance(bucketLabel(m_buckets.first(), false)),
                                 fm.horizontalAdvance(QStringLiteral("00 MMM")))
        + 10;
    const int every = labelEvery(m_unit, g.barWidth, labelPx);
    const int y1 = g.plot.bottom() + 4 + fm.ascent();
    const int y2 = y1 + fm.height();
    int lastDateRight = -1;
    QString lastDate;
    for (qsizetype i = 0; i < m_buckets.size(); ++i) {
        const Bucket &b = m_buckets[i];
        const int bx = g.plot.left() + int(i * g.barWidth);
        const QString date = bucketLabel(b, true);
        if (date != lastDate) {
            // The first bucket of a new date: a taller tick, and the date below.
            if (i > 0) {
                p.setPen(grid);
                p.drawLine(bx, g.plot.top(), bx, g.plot.bottom());
            }
            p.setPen(text);
            if (bx > lastDateRight) {
                p.drawText(QPoint(bx + 2, y2), date);
                lastDateRight = bx + 2 + fm.horizontalAdvance(date) + 8;
            }
            lastDate = date;
        }
        if (i % every != 0)
            continue;
        p.setPen(text);
        p.drawLine(bx, g.plot.bottom(), bx, g.plot.bottom() + 3);
        const QString label = bucketLabel(b, false);
        if (bx + 2 + fm.horizontalAdvance(label) <= width())
            p.drawText(QPoint(bx + 2, y1), label);
    }
}

} // namespace ndes::ui
