#!/usr/bin/env python3
"""Draws the illustration of the connector pages (connector-report), in English and French.

Usage: scripts/illustrations/connector_illustrations.py resources/content/img
Writes <dir>/<lang>/eventvwr-connector.svg with the helpers of illustrations.py.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from illustrations import CAP, RED, TITLES, T, frame  # noqa: E402
from svgkit import caption, mark, menubar, pane, table, tabs, tree  # noqa: E402

AMBER = "#9A6700"


def eventvwr_connector(lang):
    W, H = 880, 450
    d, y = frame("eventvwr-connector", lang, W, H, T(lang, "Event Viewer", "Observateur d'événements"), icon="#C0392B")
    y = menubar(d, 13, y, W - 26, T(lang, ["File", "Action", "View", "Help"], ["Fichier", "Action", "Affichage", "?"]))
    top, bottom = y + 4, H - 44 - 6
    pane(d, 18, top, 316, bottom - top)
    boxes = tree(d, 18, top + 4, 316, [
        (0, T(lang, "Event Viewer (Local)", "Observateur d'événements (local)"), "open", False, "#C0392B"),
        (1, T(lang, "Windows Logs", "Journaux Windows"), "closed", False),
        (1, T(lang, "Applications and Services Logs", "Journaux des applications et des services"), "open", False),
        (2, "Microsoft-Intune-CertificateConnectors", "open", False),
        (3, "Admin", None, True, "#7D9CC0"),
        (3, "Operational", None, False, "#7D9CC0"),
    ], size=11)
    mark(d, boxes[4], 1, side="right", dist=24)

    lx, lw = 338, W - 18 - 338
    pane(d, lx, top, lw, bottom - top)
    err, warn, info = T(lang, "Error", "Erreur"), T(lang, "Warning", "Avertissement"), "Information"
    times = T(lang, ["3/12/2025 9:14:07 AM", "3/12/2025 9:14:05 AM", "3/12/2025 9:14:02 AM", "3/12/2025 9:14:01 AM"],
              ["12/03/2025 09:14:07", "12/03/2025 09:14:05", "12/03/2025 09:14:02", "12/03/2025 09:14:01"])
    rows = table(d, lx + 2, top + 2, [(T(lang, "Level", "Niveau"), 110), (T(lang, "Date and Time", "Date et heure"), 156),
                                      (T(lang, "Event ID", "ID de l'événement"), 124), ("", 100)], [
        [(err, RED), times[0], "4010", ""],
        [(warn, AMBER), times[1], "4009", ""],
        [info, times[2], "4006", ""],
        [info, times[3], "4004", ""],
    ], size=11, selected=0)
    mark(d, rows[0], 2, side="left", dist=8, pad=1)
    py = top + 2 + 22 * 5 + 16
    d.rect(lx + 2, py, lw - 4, 24, fill="#EEF2F6")
    d.text(lx + 10, py + 16, T(lang, "Event 4010, Microsoft-Intune-CertificateConnectors",
                               "Événement 4010, Microsoft-Intune-CertificateConnectors"), size=12, weight="bold")
    tabs(d, lx + 10, py + 34, T(lang, ["General", "Details"], ["Général", "Détails"]), 0, size=11)
    ty = py + 76
    d.rect(lx + 10, ty - 16, lw - 20, 52, fill="#FFFFFF", stroke="#C8C8C8")
    d.text(lx + 18, ty, "ScepNotifySaveToDiskFailed", size=11.5, maxw=lw - 40)
    d.text(lx + 18, ty + 19, "TransactionId: …", size=11.5, maxw=lw - 40)
    mark(d, (lx + 14, ty - 14, lw - 28, 44), 3, side="bottom", dist=20)
    caption(d, CAP[lang] + T(lang, "Microsoft-Intune-CertificateConnectors > Admin, SCEP events 4000 to 4010",
                             "Microsoft-Intune-CertificateConnectors > Admin, événements SCEP 4000 à 4010"))
    return d


def main():
    out = sys.argv[1]
    for lang in ("en", "fr"):
        os.makedirs(os.path.join(out, lang), exist_ok=True)
        d = eventvwr_connector(lang)
        for w in d.warnings:
            print("warning:", w)
        with open(os.path.join(out, lang, "eventvwr-connector.svg"), "w", encoding="utf-8") as f:
            f.write(d.svg(TITLES[lang]))


if __name__ == "__main__":
    main()
