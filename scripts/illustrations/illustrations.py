#!/usr/bin/env python3
"""Draws the "where to click" illustrations of the remediation pages, in English and French.

Usage: scripts/illustrations/illustrations.py resources/content/img [NAME...]
Writes <dir>/<lang>/<name>.svg. Each picture is a schematic of a Windows tool,
labelled as an illustration in a caption band.
"""
import os
import sys

from svgkit import (Doc, SELECT, backdrop, window, dialog, menubar, addressbar, pane, tree, table, button,
                    field, checkbox, radio, tabs, mark, note, caption, para, link, menu, est_width,
                    MUTED, TEXT)

CAP = {"en": "Illustration: ", "fr": "Illustration (schéma) : "}
LINK = "#0B5CAD"
RED = "#B3261E"
GREEN = "#1E7B34"


def T(lang, en, fr):
    return en if lang == "en" else fr


def frame(name, lang, w, h, title, icon="#2B6CB0"):
    d = Doc(name, lang, w, h)
    backdrop(d)
    top = window(d, 12, 12, w - 24, h - 12 - 44, title, icon)
    return d, top


def iis_menu(d, y, lang, w):
    return menubar(d, 13, y, w - 26, T(lang, ["File", "View", "Help"], ["Fichier", "Affichage", "?"]))


def actions(d, x, y, w, h, lang, items):
    """IIS-like Actions pane: items are (text, kind) where kind is 'link', 'group' or 'gap'."""
    pane(d, x, y, w, h, header="Actions")
    cy = y + 44
    boxes = {}
    for text, kind in items:
        if kind == "gap":
            cy += 8
            continue
        if kind == "group":
            d.rect(x + 1, cy - 15, w - 2, 21, fill="#EEF2F6")
            for ln in _lines(text, 11.5, w - 16, "bold"):
                d.text(x + 8, cy, ln, size=11.5, weight="bold", maxw=w - 12)
                cy += 17
            cy += 6
            continue
        lines = _lines(text, 11.5, w - 30)
        for i, ln in enumerate(lines):
            d.text(x + 22, cy + i * 16, ln, size=11.5, fill=LINK, maxw=w - 28)
        d.rect(x + 9, cy - 9, 8, 8, fill="#9DB9D8")
        boxes[text] = (x + 18, cy - 13, max(est_width(ln, 11.5) for ln in lines) + 8, 16 * len(lines) + 2)
        cy += 16 * len(lines) + 6
    return boxes


def _lines(text, size, maxw, weight=None):
    from svgkit import wrap
    return wrap(text, size, maxw, weight)


# ---------------------------------------------------------------------------------------

def iis_app_pools(lang):
    W, H = 820, 440
    d, y = frame("iis-app-pools", lang, W, H,
                 T(lang, "Internet Information Services (IIS) Manager", "Gestionnaire des services Internet (IIS)"))
    y = addressbar(d, 13, y, W - 26, T(lang, "NDES01  >  Application Pools", "NDES01  >  Pools d'applications"))
    y = iis_menu(d, y, lang, W)
    top, bottom = y + 4, H - 44 - 6
    t = pane(d, 18, top, 190, bottom - top, header=T(lang, "Connections", "Connexions"))
    boxes = tree(d, 18, t + 4, 190, [
        (0, T(lang, "Start Page", "Page de démarrage"), None, False, "#7A8A99"),
        (0, "NDES01 (CONTOSO\\admin)", "open", False, "#5B7083"),
        (1, T(lang, "Application Pools", "Pools d'applications"), None, True, "#4F8BC9"),
        (1, "Sites", "open", False),
        (2, "Default Web Site", "closed", False, "#3C9D5D"),
    ], size=11.5)
    mark(d, boxes[2], 1, side="left", dist=12)

    cx, cw = 212, 350
    c = pane(d, cx, top, cw, bottom - top, header=T(lang, "Application Pools", "Pools d'applications"))
    para(d, cx + 8, c + 18, T(lang, "This page lets you view and manage the list of application pools on the server.",
                              "Cette page permet d'afficher et de gérer la liste des pools d'applications du serveur."),
         size=11, maxw=cw - 16, fill=MUTED)
    rows = table(d, cx + 4, c + 52, [(T(lang, "Name", "Nom"), 106), (T(lang, "Status", "État"), 78),
                                     (T(lang, "Identity", "Identité"), 158)], [
        [".NET v4.5", T(lang, "Started", "Démarré"), "ApplicationPoolIdentity"],
        ["DefaultAppPool", T(lang, "Started", "Démarré"), "ApplicationPoolIdentity"],
        ["SCEP", (T(lang, "Stopped", "Arrêté"), RED), "CONTOSO\\svc-ndes"],
    ], size=11.5, selected=2)
    mark(d, rows[2], 2, side="bottom", dist=22)
    note(d, cx + 14, c + 190, [T(lang, "The Status of SCEP must read", "L'état de SCEP doit indiquer"),
                               T(lang, "\u201cStarted\u201d.", "\u00ab\u00a0Démarré\u00a0\u00bb.")], w=cw - 28)

    ax = cx + cw + 4
    b = actions(d, ax, top, W - 18 - ax, bottom - top, lang, [
        (T(lang, "Add Application Pool...", "Ajouter un pool d'applications..."), "link"),
        (T(lang, "Set Application Pool Defaults...", "Définir les valeurs par défaut du pool..."), "link"),
        ("", "gap"),
        (T(lang, "Application Pool Tasks", "Tâches du pool d'applications"), "group"),
        (T(lang, "Start", "Démarrer"), "link"),
        (T(lang, "Stop", "Arrêter"), "link"),
        (T(lang, "Recycle...", "Recycler..."), "link"),
    ])
    mark(d, b[T(lang, "Start", "Démarrer")], 3, side="right", dist=24)
    caption(d, CAP[lang] + T(lang, "IIS Manager > Application Pools > SCEP > Start",
                             "Gestionnaire IIS > Pools d'applications > SCEP > Démarrer"))
    return d


def iis_request_filtering(lang):
    W, H = 820, 550
    d, y = frame("iis-request-filtering", lang, W, H,
                 T(lang, "Internet Information Services (IIS) Manager", "Gestionnaire des services Internet (IIS)"))
    y = addressbar(d, 13, y, W - 26, "NDES01  >  Sites  >  Default Web Site")
    y = iis_menu(d, y, lang, W)
    top, bottom = y + 4, H - 44 - 6
    t = pane(d, 18, top, 190, bottom - top, header=T(lang, "Connections", "Connexions"))
    boxes = tree(d, 18, t + 4, 190, [
        (0, "NDES01 (CONTOSO\\admin)", "open", False, "#5B7083"),
        (1, T(lang, "Application Pools", "Pools d'applications"), None, False, "#4F8BC9"),
        (1, "Sites", "open", False),
        (2, "Default Web Site", "open", True, "#3C9D5D"),
        (3, "CertEnroll", None, False),
        (3, "CertSrv", "closed", False),
    ], size=11.5)
    mark(d, boxes[3], 1, side="right", dist=6)

    cx, cw = 212, 350
    c = pane(d, cx, top, cw, bottom - top,
             header=T(lang, "Default Web Site Home", "Page d'accueil de Default Web Site"))
    feats = [T(lang, "Authentication", "Authentification"),
             "Compression",
             T(lang, "Logging", "Journalisation"),
             T(lang, "MIME Types", "Types MIME"),
             T(lang, "Request Filtering", "Filtrage des demandes"),
             T(lang, "SSL Settings", "Paramètres SSL")]
    fy = c + 10
    rf_box = None
    for i, f in enumerate(feats):
        col, row = i % 2, i // 2
        fx, fyy = cx + 12 + col * 170, fy + row * 34
        d.rect(fx, fyy + 2, 22, 22, fill=["#6C8EBF", "#8E7CC3", "#4FA3A5", "#C9A227", "#D0694A", "#5B9B5B"][i], rx=3)
        d.text(fx + 28, fyy + 18, f, size=11.5, maxw=138)
        if i == 4:
            rf_box = (fx - 2, fyy, 28 + est_width(f, 11.5) + 6, 26)
    mark(d, rf_box, 2, side="bottom", dist=16)

    ax = cx + cw + 4
    b = actions(d, ax, top, W - 18 - ax, bottom - top, lang, [
        (T(lang, "Request Filtering", "Filtrage des demandes"), "group"),
        (T(lang, "Allow File Name Extension...", "Autoriser l'extension de nom de fichier..."), "link"),
        (T(lang, "Deny File Name Extension...", "Refuser l'extension de nom de fichier..."), "link"),
        (T(lang, "Edit Feature Settings...", "Modifier les paramètres de la fonctionnalité..."), "link"),
    ])
    mark(d, b[T(lang, "Edit Feature Settings...", "Modifier les paramètres de la fonctionnalité...")], 3,
         side="left", dist=14)

    dx, dy, dw, dh = 268, 288, 480, 222
    by = dialog(d, dx, dy, dw, dh, T(lang, "Edit Request Filtering Settings",
                                     "Modifier les paramètres de filtrage des demandes"))
    d.text(dx + 14, by + 20, T(lang, "Request Limits", "Limites des demandes"), size=12, weight="bold")
    labels = [T(lang, "Maximum allowed content length (Bytes):", "Longueur maximale autorisée du contenu (octets) :"),
              T(lang, "Maximum URL length (Bytes):", "Longueur maximale des URL (octets) :"),
              T(lang, "Maximum query string (Bytes):", "Longueur maximale des chaînes de requête (octets) :")]
    values = ["30000000", "65534", "65534"]
    fb = []
    for i, (lab, val) in enumerate(zip(labels, values)):
        ly = by + 44 + i * 34
        d.text(dx + 14, ly + 15, lab, size=11.5, maxw=336)
        fb.append(field(d, dx + 356, ly, 90, val, size=12))
    x0, y0 = fb[1][0], fb[1][1]
    mark(d, (x0, y0, fb[2][0] + fb[2][2] - x0, fb[2][1] + fb[2][3] - y0), 4, side="right", dist=16)
    button(d, dx + dw - 190, dy + dh - 36, 84, "OK", default=True)
    button(d, dx + dw - 96, dy + dh - 36, 84, T(lang, "Cancel", "Annuler"))
    caption(d, CAP[lang] + T(lang, "IIS Manager > Default Web Site > Request Filtering > Edit Feature Settings",
                             "IIS > Default Web Site > Filtrage des demandes > Modifier les paramètres"))
    return d


def regedit_http_parameters(lang):
    W, H = 820, 500
    d, y = frame("regedit-http-parameters", lang, W, H, T(lang, "Registry Editor", "Éditeur du Registre"),
                 icon="#3A7BD5")
    y = menubar(d, 13, y, W - 26, T(lang, ["File", "Edit", "View", "Favorites", "Help"],
                                    ["Fichier", "Edition", "Affichage", "Favoris", "?"]))
    y = addressbar(d, 13, y, W - 26, T(lang, "Computer", "Ordinateur")
                   + "\\HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\HTTP\\Parameters")
    top, bottom = y + 4, H - 44 - 6
    pane(d, 18, top, 240, bottom - top)
    boxes = tree(d, 18, top + 4, 240, [
        (0, T(lang, "Computer", "Ordinateur"), "open", False, "#5B7083"),
        (1, "HKEY_LOCAL_MACHINE", "open", False),
        (2, "SYSTEM", "open", False),
        (3, "CurrentControlSet", "open", False),
        (4, "Services", "open", False),
        (5, "HTTP", "open", False),
        (6, "Parameters", None, True),
        (5, "HTTPFilter", "closed", False),
        (5, "IISADMIN", "closed", False),
    ], size=11.5)
    mark(d, boxes[6], 1, side="right", dist=22)

    rx, rw = 262, W - 18 - 262
    pane(d, rx, top, rw, bottom - top)
    rows = table(d, rx + 2, top + 2, [(T(lang, "Name", "Nom"), 190), ("Type", 110), (T(lang, "Data", "Données"), 236)], [
        [T(lang, "(Default)", "(par défaut)"), "REG_SZ", T(lang, "(value not set)", "(valeur non définie)")],
        ["MaxFieldLength", "REG_DWORD", "0x0000fffe (65534)"],
        ["MaxRequestBytes", "REG_DWORD", "0x0000fffe (65534)"],
    ], size=11.5, selected=1)
    mark(d, (rows[1][0], rows[1][1], rows[1][2], rows[1][3] * 2), 2, side="bottom", dist=20)

    note(d, rx + 300, top + 104, [T(lang, "Missing? Edit > New >", "Absente ? Edition > Nouveau >"),
                                  T(lang, "DWORD (32-bit) Value", "Valeur DWORD 32 bits")])

    dx, dy, dw, dh = 330, 262, 420, 190
    by = dialog(d, dx, dy, dw, dh, T(lang, "Edit DWORD (32-bit) Value", "Modifier la valeur DWORD (32 bits)"))
    d.text(dx + 14, by + 20, T(lang, "Value name:", "Nom de la valeur :"), size=11.5)
    field(d, dx + 14, by + 26, dw - 28, "MaxFieldLength", size=11.5)
    d.text(dx + 14, by + 68, T(lang, "Value data:", "Données de la valeur :"), size=11.5)
    vb = field(d, dx + 14, by + 78, 170, "65534", size=11.5)
    d.rect(dx + 210, by + 56, 190, 64, fill="none", stroke="#C8C8C8")
    d.rect(dx + 216, by + 50, 36, 14, fill="#F7F7F7")
    d.text(dx + 220, by + 61, "Base", size=11.5)
    radio(d, dx + 222, by + 82, T(lang, "Hexadecimal", "Hexadécimale"), False, size=11.5)
    radio(d, dx + 222, by + 104, T(lang, "Decimal", "Décimale"), True, size=11.5)
    mark(d, (dx + 220, by + 90, 90, 18), 3, side="right", dist=24)
    mark(d, vb, 4, side="bottom", dist=14)
    button(d, dx + dw - 190, dy + dh - 34, 84, "OK", default=True)
    button(d, dx + dw - 96, dy + dh - 34, 84, T(lang, "Cancel", "Annuler"))
    caption(d, CAP[lang] + T(lang, "Registry Editor > HTTP\\Parameters > MaxFieldLength, MaxRequestBytes",
                             "Éditeur du Registre > HTTP\\Parameters > MaxFieldLength, MaxRequestBytes"))
    return d


def services_appproxy(lang):
    W, H = 820, 560
    d, y = frame("services-appproxy", lang, W, H, "Services", icon="#6B7B8C")
    y = menubar(d, 13, y, W - 26, T(lang, ["File", "Action", "View", "Help"], ["Fichier", "Action", "Affichage", "?"]))
    top, bottom = y + 4, H - 44 - 6
    pane(d, 18, top, 150, bottom - top)
    tree(d, 18, top + 4, 150, [(0, T(lang, "Services (Local)", "Services (local)"), None, True, "#6B7B8C")], size=11.5)
    lx, lw = 172, W - 18 - 172
    pane(d, lx, top, lw, bottom - top, header=T(lang, "Services (Local)", "Services (local)"))
    running, auto, manual = T(lang, "Running", "En cours d'exécution"), T(lang, "Automatic", "Automatique"), \
        T(lang, "Manual", "Manuel")
    rows = table(d, lx + 2, top + 26, [(T(lang, "Name", "Nom"), 330), (T(lang, "Status", "État"), 140),
                                       (T(lang, "Startup Type", "Type de démarrage"), 140)], [
        ["Microsoft Entra private network connector", "", manual],
        ["Microsoft Entra private network connector updater", running, auto],
        [T(lang, "Windows Process Activation Service", "Service d'activation des processus Windows"), running, manual],
        [T(lang, "World Wide Web Publishing Service", "Service de publication World Wide Web"), running, auto],
    ], size=11.5, selected=0)
    mark(d, (rows[0][0] + 2, rows[0][1], 316, rows[0][3]), 1, side="left", dist=24)

    dx, dy, dw, dh = 236, 224, 560, 270
    by = dialog(d, dx, dy, dw, dh, T(lang, "Microsoft Entra private network connector Properties (Local Computer)",
                                     "Propriétés de Microsoft Entra private network connector (Ordinateur local)"))
    tabs(d, dx + 12, by + 8, T(lang, ["General", "Log On", "Recovery", "Dependencies"],
                               ["Général", "Connexion", "Récupération", "Dépendances"]), 0, size=11.5)
    ry = by + 52
    lab_w = 150
    d.text(dx + 16, ry, T(lang, "Service name:", "Nom du service :"), size=11.5)
    d.text(dx + 16 + lab_w, ry, "WAPCSvc", size=11.5)
    d.text(dx + 16, ry + 26, T(lang, "Display name:", "Nom complet :"), size=11.5)
    d.text(dx + 16 + lab_w, ry + 26, "Microsoft Entra private network connector", size=11.5)
    d.text(dx + 16, ry + 56, T(lang, "Startup type:", "Type de démarrage :"), size=11.5)
    sb = field(d, dx + 16 + lab_w, ry + 41, 200, auto, size=11.5, dropdown=True)
    mark(d, sb, 2, side="right", dist=24)
    d.line(dx + 12, ry + 76, dx + dw - 12, ry + 76, stroke="#D0D0D0")
    d.text(dx + 16, ry + 98, T(lang, "Service status:", "Statut du service :"), size=11.5)
    d.text(dx + 16 + lab_w, ry + 98, T(lang, "Stopped", "Arrêté"), size=11.5, fill=RED)
    bl = T(lang, ["Start", "Stop", "Pause", "Resume"], ["Démarrer", "Arrêter", "Suspendre", "Reprendre"])
    bb = [button(d, dx + 16 + i * 100, ry + 110, 92, lab, size=11.5) for i, lab in enumerate(bl)]
    mark(d, bb[0], 3, side="bottom", dist=16)
    button(d, dx + dw - 280, dy + dh - 34, 84, "OK", default=True, size=11.5)
    button(d, dx + dw - 188, dy + dh - 34, 84, T(lang, "Cancel", "Annuler"), size=11.5)
    button(d, dx + dw - 96, dy + dh - 34, 84, T(lang, "Apply", "Appliquer"), size=11.5)
    caption(d, CAP[lang] + T(lang, "services.msc > connector service (WAPCSvc) > Startup type Automatic > Start",
                             "services.msc > service du connecteur (WAPCSvc) > Automatique > Démarrer"))
    return d


def iis_auth_certregsvc(lang):
    W, H = 820, 440
    d, y = frame("iis-auth-certregsvc", lang, W, H,
                 T(lang, "Internet Information Services (IIS) Manager", "Gestionnaire des services Internet (IIS)"))
    y = addressbar(d, 13, y, W - 26, "NDES01  >  Sites  >  Default Web Site  >  CertificateRegistrationSvc")
    y = iis_menu(d, y, lang, W)
    top, bottom = y + 4, H - 44 - 6
    t = pane(d, 18, top, 262, bottom - top, header=T(lang, "Connections", "Connexions"))
    boxes = tree(d, 18, t + 4, 262, [
        (0, "NDES01 (CONTOSO\\admin)", "open", False, "#5B7083"),
        (1, T(lang, "Application Pools", "Pools d'applications"), None, False, "#4F8BC9"),
        (1, "Sites", "open", False),
        (2, "Default Web Site", "open", False, "#3C9D5D"),
        (3, "CertEnroll", None, False),
        (3, "CertificateRegistrationSvc", None, True, "#4F8BC9"),
        (3, "CertSrv", "closed", False),
    ], size=11.5)
    mark(d, boxes[5], 1, side="bottom", dist=28)

    cx, cw = 284, 326
    c = pane(d, cx, top, cw, bottom - top, header=T(lang, "Authentication", "Authentification"))
    dis, en = T(lang, "Disabled", "Désactivé"), T(lang, "Enabled", "Activé")
    rows = table(d, cx + 4, c + 8, [(T(lang, "Name", "Nom"), 200), (T(lang, "Status", "État"), 114)], [
        [T(lang, "Anonymous Authentication", "Authentification anonyme"), (en, GREEN)],
        [T(lang, "ASP.NET Impersonation", "Emprunt d'identité ASP.NET"), dis],
        [T(lang, "Windows Authentication", "Authentification Windows"), (dis, RED)],
    ], size=11.5, selected=2)
    mark(d, rows[0], 2, side="right", dist=0.1, pad=2)
    mark(d, rows[2], 3, side="right", dist=0.1, pad=2)
    note(d, cx + 14, c + 120, [T(lang, "Anonymous Authentication: Enabled", "Authentification anonyme : Activé"),
                               T(lang, "Windows Authentication: Disabled", "Authentification Windows : Désactivé")],
         w=cw - 28)

    ax = cx + cw + 4
    b = actions(d, ax, top, W - 18 - ax, bottom - top, lang, [
        (T(lang, "Enable", "Activer"), "link"),
        (T(lang, "Disable", "Désactiver"), "link"),
        ("", "gap"),
        (T(lang, "Help", "Aide"), "link"),
    ])
    mark(d, b[T(lang, "Disable", "Désactiver")], 4, side="right", dist=24)
    caption(d, CAP[lang] + T(lang, "IIS Manager > CertificateRegistrationSvc > Authentication",
                             "Gestionnaire IIS > CertificateRegistrationSvc > Authentification"))
    return d


def certlm_root_store(lang):
    W, H = 860, 430
    d, y = frame("certlm-root-store", lang, W, H,
                 T(lang, "certlm - [Certificates - Local Computer]", "certlm - [Certificats - Ordinateur local]"),
                 icon="#B7791F")
    y = menubar(d, 13, y, W - 26, T(lang, ["File", "Action", "View", "Help"], ["Fichier", "Action", "Affichage", "?"]))
    top, bottom = y + 4, H - 44 - 6
    pane(d, 18, top, 374, bottom - top)
    boxes = tree(d, 18, top + 4, 374, [
        (0, T(lang, "Certificates - Local Computer", "Certificats - Ordinateur local"), "open", False, "#B7791F"),
        (1, T(lang, "Personal", "Personnel"), "closed", False),
        (1, T(lang, "Trusted Root Certification Authorities", "Autorités de certification racines de confiance"),
         "open", False),
        (2, T(lang, "Certificates", "Certificats"), None, True),
        (1, T(lang, "Enterprise Trust", "Confiance de l'entreprise"), "closed", False),
        (1, T(lang, "Intermediate Certification Authorities", "Autorités de certification intermédiaires"),
         "closed", False),
        (1, T(lang, "Trusted Publishers", "Éditeurs approuvés"), "closed", False),
    ], size=11.5)
    mark(d, boxes[3], 1, side="right", dist=24)
    mark(d, boxes[5], 3, side="right", dist=14)

    lx, lw = 396, W - 18 - 396
    pane(d, lx, top, lw, bottom - top)
    rows = table(d, lx + 2, top + 2, [(T(lang, "Issued To", "Délivré à"), 160), (T(lang, "Issued By", "Délivré par"), 160),
                                      (T(lang, "Expiration Date", "Date d'expiration"), 122)], [
        ["Amazon Root CA 1", "Amazon Root CA 1", T(lang, "1/16/2038", "16/01/2038")],
        ["Certum CA", "Certum CA", T(lang, "6/11/2027", "11/06/2027")],
        ["Contoso CA", "Contoso CA", T(lang, "5/12/2034", "12/05/2034")],
        ["Contoso Issuing CA", "Contoso CA", T(lang, "5/12/2029", "12/05/2029")],
    ], size=11, selected=3)
    mark(d, rows[3], 2, side="bottom", dist=22)
    note(d, lx + 40, top + 170, [
        T(lang, "Issued To \u2260 Issued By: this is an intermediate", "\u00ab\u00a0Délivré à\u00a0\u00bb \u2260 \u00ab\u00a0Délivré par\u00a0\u00bb : certificat intermédiaire."),
        T(lang, "certificate. It belongs in (3), not here.", "Sa place est en (3), pas ici."),
    ], w=lw - 70)
    caption(d, CAP[lang] + T(lang, "certlm.msc > Trusted Root Certification Authorities > Certificates",
                             "certlm.msc > Autorités de certification racines de confiance > Certificats"))
    return d


def certlm_ra_certs(lang):
    W, H = 880, 460
    d, y = frame("certlm-ra-certs", lang, W, H,
                 T(lang, "certlm - [Certificates - Local Computer\\Personal\\Certificates]",
                   "certlm - [Certificats - Ordinateur local\\Personnel\\Certificats]"), icon="#B7791F")
    y = menubar(d, 13, y, W - 26, T(lang, ["File", "Action", "View", "Help"], ["Fichier", "Action", "Affichage", "?"]))
    top, bottom = y + 4, H - 44 - 6
    pane(d, 18, top, 262, bottom - top)
    boxes = tree(d, 18, top + 4, 262, [
        (0, T(lang, "Certificates - Local Computer", "Certificats - Ordinateur local"), "open", False, "#B7791F"),
        (1, T(lang, "Personal", "Personnel"), "open", False),
        (2, T(lang, "Certificates", "Certificats"), None, True),
        (1, T(lang, "Enterprise Trust", "Confiance de l'entreprise"), "closed", False),
        (1, T(lang, "Trusted Publishers", "Éditeurs approuvés"), "closed", False),
    ], size=11.5)
    mark(d, boxes[2], 1, side="right", dist=22)

    lx, lw = 284, W - 18 - 284
    pane(d, lx, top, lw, bottom - top)
    exp = T(lang, "2/3/2024", "03/02/2024")
    rows = table(d, lx + 2, top + 2, [(T(lang, "Issued To", "Délivré à"), 128),
                                      (T(lang, "Expiration Date", "Date d'expiration"), 116),
                                      (T(lang, "Certificate Template", "Modèle de certificat"), 330)], [
        ["NDES01-MSCEP-RA", (exp, RED), T(lang, "CEP Encryption", "Chiffrement CEP")],
        ["NDES01-MSCEP-RA", (exp, RED),
         T(lang, "Exchange Enrollment Agent (Offline request)", "Agent d'inscription Exchange (demande hors connexion)")],
    ], size=11, selected=None)
    r0, r1 = rows[0], rows[1]
    mark(d, (r0[0] + 131, r0[1] + 1, 108, r0[3] * 2 - 2), 2, side="bottom", dist=24)
    mark(d, (r0[0] + 250, r0[1] + 1, 322, r0[3] * 2 - 2), 3, side="bottom", dist=24)
    note(d, lx + 300, top + 220, [T(lang, "Both RA certificates have expired:", "Les deux certificats RA ont expiré :"),
                                  T(lang, "request new ones (4).", "demandez-en de nouveaux (4).")])

    mb = menu(d, 120, top + 120, 200, [T(lang, "All Tasks >", "Toutes les tâches >"), "-",
                                     T(lang, "Refresh", "Actualiser"), T(lang, "Export List...", "Exporter la liste..."),
                                     "-", T(lang, "Help", "Aide")], size=11.5, hot=0)
    sb = menu(d, 316, top + 120, 264, [T(lang, "Request New Certificate...", "Demander un nouveau certificat..."),
                                     T(lang, "Import...", "Importer..."),
                                     T(lang, "Advanced Operations >", "Opérations avancées >")], size=11.5, hot=0)
    mark(d, sb[0], 4, side="right", dist=20, pad=1)
    caption(d, CAP[lang] + T(lang, "certlm.msc > Personal > Certificates: the two MSCEP-RA certificates",
                             "certlm.msc > Personnel > Certificats : les deux certificats MSCEP-RA"))
    return d


def secpol_impersonate(lang):
    W, H = 880, 540
    d, y = frame("secpol-impersonate", lang, W, H, T(lang, "Local Security Policy", "Stratégie de sécurité locale"),
                 icon="#8A6D3B")
    y = menubar(d, 13, y, W - 26, T(lang, ["File", "Action", "View", "Help"], ["Fichier", "Action", "Affichage", "?"]))
    top, bottom = y + 4, H - 44 - 6
    pane(d, 18, top, 300, bottom - top)
    boxes = tree(d, 18, top + 4, 300, [
        (0, T(lang, "Security Settings", "Paramètres de sécurité"), "open", False, "#8A6D3B"),
        (1, T(lang, "Account Policies", "Stratégies de comptes"), "closed", False),
        (1, T(lang, "Local Policies", "Stratégies locales"), "open", False),
        (2, T(lang, "Audit Policy", "Stratégie d'audit"), None, False),
        (2, T(lang, "User Rights Assignment", "Attribution des droits utilisateur"), None, True),
        (2, T(lang, "Security Options", "Options de sécurité"), None, False),
    ], size=11.5)
    mark(d, boxes[4], 1, side="right", dist=12)

    lx, lw = 322, W - 18 - 322
    pane(d, lx, top, lw, bottom - top)
    rows = table(d, lx + 2, top + 2, [(T(lang, "Policy", "Stratégie"), 372), (T(lang, "Security Setting", "Paramètre de sécurité"), 162)], [
        [T(lang, "Generate security audits", "Générer des audits de sécurité"),
         T(lang, "LOCAL SERVICE,NETW...", "SERVICE LOCAL,SERV...")],
        [T(lang, "Impersonate a client after authentication", "Emprunter l'identité d'un client après authentification"),
         T(lang, "LOCAL SERVICE,NETW...", "SERVICE LOCAL,SERV...")],
        [T(lang, "Increase a process working set", "Augmenter une plage de travail de processus"),
         T(lang, "Users", "Utilisateurs")],
    ], size=11, selected=1)
    mark(d, (rows[1][0], rows[1][1], 372, rows[1][3]), 2, side="left", dist=8, pad=2)

    dx, dy, dw, dh = 322, 204, 540, 282
    by = dialog(d, dx, dy, dw, dh, T(lang, "Impersonate a client after authentication Properties",
                                     "Propriétés de : Emprunter l'identité d'un client après authentification"))
    tabs(d, dx + 12, by + 8, T(lang, ["Local Security Setting", "Explain"],
                               ["Paramètre de sécurité locale", "Expliquer"]), 0, size=11.5)
    d.text(dx + 16, by + 50, T(lang, "Impersonate a client after authentication",
                               "Emprunter l'identité d'un client après authentification"), size=12, weight="bold")
    lbx, lby = dx + 16, by + 60
    d.rect(lbx, lby, 300, 104, fill="#FFFFFF", stroke="#8F8F8F")
    names = [T(lang, "Administrators", "Administrateurs"), "IIS_IUSRS", T(lang, "LOCAL SERVICE", "SERVICE LOCAL"),
             T(lang, "NETWORK SERVICE", "SERVICE RÉSEAU"), "SERVICE"]
    for i, n in enumerate(names):
        d.rect(lbx + 8, lby + 8 + i * 19, 11, 11, fill="#7D9CC0", rx=2)
        d.text(lbx + 26, lby + 18 + i * 19, n, size=11.5, weight="bold" if n == "IIS_IUSRS" else None)
    mark(d, (lbx + 4, lby + 25, 100, 18), 4, side="right", dist=212)
    ab = button(d, dx + 16, lby + 114, 246, T(lang, "Add User or Group...", "Ajouter un utilisateur ou un groupe..."),
                size=11.5)
    button(d, dx + 272, lby + 114, 90, T(lang, "Remove", "Supprimer"), size=11.5)
    mark(d, ab, 3, side="left", dist=0.1, pad=2)
    button(d, dx + dw - 280, dy + dh - 34, 84, "OK", default=True, size=11.5)
    button(d, dx + dw - 188, dy + dh - 34, 84, T(lang, "Cancel", "Annuler"), size=11.5)
    button(d, dx + dw - 96, dy + dh - 34, 84, T(lang, "Apply", "Appliquer"), size=11.5)
    caption(d, CAP[lang] + T(lang, "secpol.msc > User Rights Assignment > Impersonate a client after authentication",
                             "secpol.msc > Attribution des droits utilisateur > Emprunter l'identité d'un client..."))
    return d


def aduc_account(lang):
    W, H = 860, 580
    d, y = frame("aduc-account", lang, W, H,
                 T(lang, "Active Directory Users and Computers", "Utilisateurs et ordinateurs Active Directory"),
                 icon="#5C6BC0")
    y = menubar(d, 13, y, W - 26, T(lang, ["File", "Action", "View", "Help"], ["Fichier", "Action", "Affichage", "?"]))
    top, bottom = y + 4, H - 44 - 6
    pane(d, 18, top, 210, bottom - top)
    tree(d, 18, top + 4, 210, [
        (0, "contoso.com", "open", False, "#5C6BC0"),
        (1, "Builtin", None, False),
        (1, "Computers", None, False),
        (1, T(lang, "Service Accounts", "Comptes de service"), None, True),
        (1, "Users", None, False),
    ], size=11.5)
    lx, lw = 232, W - 18 - 232
    pane(d, lx, top, lw, bottom - top)
    rows = table(d, lx + 2, top + 2, [(T(lang, "Name", "Nom"), 150), ("Type", 120), ("Description", 334)], [
        ["svc-ndes", T(lang, "User", "Utilisateur"), T(lang, "NDES service account", "Compte de service NDES")],
    ], size=11.5, selected=0)
    mark(d, (rows[0][0], rows[0][1], 150, rows[0][3]), 1, side="left", dist=8, pad=2)
    mb = menu(d, 300, top + 42, 300, [T(lang, "Reset Password...", "Réinitialiser le mot de passe..."),
                                      T(lang, "Disable Account", "Désactiver le compte"), "-",
                                      T(lang, "Properties", "Propriétés")], size=11.5, hot=0)
    mark(d, mb[0], 5, side="right", dist=26, pad=1)
    mark(d, mb[3], 2, side="right", dist=26, pad=1)

    dx, dy, dw, dh = 250, 232, 590, 292
    by = dialog(d, dx, dy, dw, dh, T(lang, "svc-ndes Properties", "Propriétés de : svc-ndes"))
    tb = tabs(d, dx + 12, by + 8, T(lang, ["General", "Address", "Account", "Profile", "Member Of"],
                                    ["Général", "Adresse", "Compte", "Profil", "Membre de"]), 2, size=11.5)
    mark(d, tb[2], 3, side="topright", dist=14, pad=1)
    cy = by + 50
    d.text(dx + 16, cy, T(lang, "User logon name:", "Nom d'ouverture de session de l'utilisateur :"), size=11.5)
    field(d, dx + 16, cy + 6, 300, "svc-ndes@contoso.com", size=11.5)
    cy += 52
    d.rect(dx + 12, cy - 16, dw - 24, 44, fill="#FFF8E1")
    checkbox(d, dx + 18, cy, T(lang, "Unlock account. This account is currently locked out on this",
                               "Déverrouiller le compte. Ce compte est actuellement verrouillé sur ce"),
             True, size=11.5, maxw=dw - 60)
    d.text(dx + 38, cy + 17, T(lang, "Active Directory Domain Controller.", "contrôleur de domaine Active Directory."),
           size=11.5)
    mark(d, (dx + 14, cy - 14, dw - 28, 40), 4, side="left", dist=22, pad=1)
    cy += 52
    d.text(dx + 16, cy, T(lang, "Account options:", "Options de compte :"), size=11.5)
    d.rect(dx + 16, cy + 6, dw - 32, 64, fill="#FFFFFF", stroke="#8F8F8F")
    checkbox(d, dx + 24, cy + 26, T(lang, "Password never expires", "Le mot de passe n'expire jamais"), False, size=11.5)
    checkbox(d, dx + 24, cy + 48, T(lang, "Account is disabled", "Le compte est désactivé"), False, size=11.5)
    button(d, dx + dw - 280, dy + dh - 34, 84, "OK", default=True, size=11.5)
    button(d, dx + dw - 188, dy + dh - 34, 84, T(lang, "Cancel", "Annuler"), size=11.5)
    button(d, dx + dw - 96, dy + dh - 34, 84, T(lang, "Apply", "Appliquer"), size=11.5)
    caption(d, CAP[lang] + T(lang, "dsa.msc > service account > Properties > Account > Unlock account",
                             "dsa.msc > compte de service > Propriétés > Compte > Déverrouiller le compte"))
    return d


def eventvwr_1000(lang):
    W, H = 880, 450
    d, y = frame("eventvwr-1000", lang, W, H, T(lang, "Event Viewer", "Observateur d'événements"), icon="#C0392B")
    y = menubar(d, 13, y, W - 26, T(lang, ["File", "Action", "View", "Help"], ["Fichier", "Action", "Affichage", "?"]))
    top, bottom = y + 4, H - 44 - 6
    pane(d, 18, top, 316, bottom - top)
    boxes = tree(d, 18, top + 4, 316, [
        (0, T(lang, "Event Viewer (Local)", "Observateur d'événements (local)"), "open", False, "#C0392B"),
        (1, T(lang, "Custom Views", "Affichages personnalisés"), "closed", False),
        (1, T(lang, "Windows Logs", "Journaux Windows"), "open", False),
        (2, "Application", None, True, "#7D9CC0"),
        (2, T(lang, "Security", "Sécurité"), None, False, "#7D9CC0"),
        (2, T(lang, "Setup", "Installation"), None, False, "#7D9CC0"),
        (2, T(lang, "System", "Système"), None, False, "#7D9CC0"),
        (1, T(lang, "Applications and Services Logs", "Journaux des applications et des services"), "closed", False),
    ], size=11)
    mark(d, boxes[3], 1, side="right", dist=24)

    lx, lw = 338, W - 18 - 338
    pane(d, lx, top, lw, bottom - top)
    err, info = T(lang, "Error", "Erreur"), "Information"
    d1, d2, d3 = T(lang, ["3/12/2025 9:14:07 AM", "3/12/2025 9:13:52 AM", "3/12/2025 9:02:10 AM"],
                   ["12/03/2025 09:14:07", "12/03/2025 09:13:52", "12/03/2025 09:02:10"])
    rows = table(d, lx + 2, top + 2, [(T(lang, "Level", "Niveau"), 92), (T(lang, "Date and Time", "Date et heure"), 156),
                                      ("Source", 148), (T(lang, "Event ID", "ID de l'événement"), 124)], [
        [(err, RED), d1, "Application Error", "1000"],
        [(err, RED), d2, "Application Error", "1000"],
        [info, d3, "Security-SPP", "16384"],
    ], size=11, selected=0)
    mark(d, rows[0], 2, side="left", dist=8, pad=1)
    py = top + 2 + 22 * 4 + 16
    d.rect(lx + 2, py, lw - 4, 24, fill="#EEF2F6")
    d.text(lx + 10, py + 16, T(lang, "Event 1000, Application Error", "Événement 1000, Application Error"),
           size=12, weight="bold")
    tabs(d, lx + 10, py + 34, T(lang, ["General", "Details"], ["Général", "Détails"]), 0, size=11)
    lines = T(lang, ["Faulting application name: w3wp.exe, version: 10.0.17763.1",
                     "Faulting module name: ntdll.dll, version: 10.0.17763.5329",
                     "Exception code: 0xc0000005"],
              ["Nom de l'application défaillante w3wp.exe, version : 10.0.17763.1",
               "Nom du module défaillant : ntdll.dll, version : 10.0.17763.5329",
               "Code d'exception : 0xc0000005"])
    ty = py + 76
    d.rect(lx + 10, ty - 16, lw - 20, 70, fill="#FFFFFF", stroke="#C8C8C8")
    for i, ln in enumerate(lines):
        d.text(lx + 18, ty + i * 19, ln, size=11.5, maxw=lw - 40)
    mark(d, (lx + 14, ty - 14, lw - 28, 62), 3, side="bottom", dist=20)
    caption(d, CAP[lang] + T(lang, "Event Viewer > Windows Logs > Application > event 1000 (w3wp.exe)",
                             "Observateur d'événements > Application > événement 1000 (w3wp.exe)"))
    return d


def appproxy_external_url(lang):
    W, H = 880, 520
    d, y = frame("appproxy-external-url", lang, W, H,
                 T(lang, "NDES-SCEP - Application proxy - Microsoft Entra admin center",
                   "NDES-SCEP - Proxy d'application - Centre d'administration Microsoft Entra"), icon="#0F6CBD")
    y = addressbar(d, 13, y, W - 26, "https://entra.microsoft.com/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/AppProxy")
    d.rect(13, y, W - 26, 30, fill="#1F2A36")
    d.text(26, y + 20, T(lang, "Microsoft Entra admin center", "Centre d'administration Microsoft Entra"),
           size=13, fill="#FFFFFF", weight="bold")
    y += 30
    top, bottom = y + 4, H - 44 - 6
    nav = pane(d, 18, top, 200, bottom - top, fill="#F7F8FA")
    items = [T(lang, "Home", "Accueil"), T(lang, "Identity", "Identité"), "Applications",
             T(lang, "Enterprise applications", "Applications d'entreprise"),
             T(lang, "App registrations", "Inscriptions d'applications"), "Global Secure Access"]
    for i, it in enumerate(items):
        iy = nav + 26 + i * 26
        indent = 28 if i in (3, 4) else 12
        if i == 3:
            d.rect(20, iy - 16, 196, 22, fill="#E1ECF7")
        d.text(18 + indent, iy, it, size=11.5, weight="bold" if i in (0, 1, 2, 5) else None, maxw=190 - indent)
    cx = 222
    d.text(cx + 10, top + 18, T(lang, "Home > Enterprise applications > NDES-SCEP",
                                "Accueil > Applications d'entreprise > NDES-SCEP"), size=11, fill=LINK)
    d.text(cx + 10, top + 44, T(lang, "NDES-SCEP | Application proxy", "NDES-SCEP | Proxy d'application"),
           size=16, weight="bold")
    sx, sy = cx + 6, top + 58
    d.rect(sx, sy, 180, bottom - sy, fill="#FBFBFB", stroke="#E0E0E0")
    sub = [T(lang, "Overview", "Vue d'ensemble"), T(lang, "Properties", "Propriétés"),
           T(lang, "Users and groups", "Utilisateurs et groupes"), T(lang, "Single sign-on", "Authentification unique"),
           T(lang, "Application proxy", "Proxy d'application")]
    sub_boxes = []
    for i, it in enumerate(sub):
        iy = sy + 24 + i * 26
        if i == 4:
            d.rect(sx + 2, iy - 16, 176, 22, fill="#E1ECF7")
        d.text(sx + 12, iy, it, size=11.5, maxw=160)
        sub_boxes.append((sx + 6, iy - 15, est_width(it, 11.5) + 12, 20))
    mark(d, sub_boxes[4], 1, side="bottom", dist=22)

    fx = sx + 196
    fw = W - 18 - fx - 6
    d.text(fx, sy + 20, T(lang, "Basic", "Général"), size=13, weight="bold")
    lab_w = 150
    r1 = sy + 44
    d.text(fx, r1 + 15, T(lang, "Internal Url *", "URL interne *"), size=11.5)
    field(d, fx + lab_w, r1, fw - lab_w, "https://ndes01.contoso.local/", size=11.5)
    r2 = r1 + 40
    d.text(fx, r2 + 15, T(lang, "External Url *", "URL externe *"), size=11.5)
    f1 = field(d, fx + lab_w, r2, 142, "https://ndes-contoso", size=11.5)
    f2 = field(d, fx + lab_w + 148, r2, fw - lab_w - 148, ".msappproxy.net/", size=11.5, dropdown=True)
    mark(d, (f1[0], f1[1], f2[0] + f2[2] - f1[0], f1[3]), 2, side="bottom", dist=30)
    r3 = r2 + 72
    d.text(fx, r3 + 15, T(lang, "Pre Authentication", "Pré-authentification"), size=11.5)
    pb = field(d, fx + lab_w, r3, 180, "Passthrough", size=11.5, dropdown=True)
    mark(d, pb, 3, side="right", dist=24)
    r4 = r3 + 40
    d.text(fx, r4 + 15, T(lang, "Connector Group", "Groupe de connecteurs"), size=11.5)
    field(d, fx + lab_w, r4, 180, T(lang, "Default", "Par défaut"), size=11.5, dropdown=True)
    note(d, fx, r4 + 44, [T(lang, "SCEP Server URL in the Intune profile:", "URL du serveur SCEP dans le profil Intune :"),
                          "https://ndes-contoso.msappproxy.net/certsrv/mscep/mscep.dll"], w=fw)
    caption(d, CAP[lang] + T(lang, "Entra admin center > Enterprise applications > Application proxy",
                             "Centre d'administration Entra > Applications d'entreprise > Proxy d'application"))
    return d


def capi2_enable_log(lang):
    W, H = 820, 480
    d, y = frame("capi2-enable-log", lang, W, H, T(lang, "Event Viewer", "Observateur d'événements"), icon="#C0392B")
    y = menubar(d, 13, y, W - 26, T(lang, ["File", "Action", "View", "Help"], ["Fichier", "Action", "Affichage", "?"]))
    top, bottom = y + 4, H - 44 - 6
    pane(d, 18, top, 340, bottom - top)
    boxes = tree(d, 18, top + 4, 340, [
        (0, T(lang, "Event Viewer (Local)", "Observateur d'événements (local)"), "open", False, "#C0392B"),
        (1, T(lang, "Windows Logs", "Journaux Windows"), "closed", False),
        (1, T(lang, "Applications and Services Logs", "Journaux des applications et des services"), "open", False),
        (2, "Microsoft", "open", False),
        (3, "Windows", "open", False),
        (4, "CAPI2", "open", False),
        (5, T(lang, "Operational", "Opérationnel"), None, True, "#7D9CC0"),
    ], size=11)
    mark(d, boxes[6], 2, side="left", dist=10, pad=2)
    pane(d, 362, top, W - 18 - 362, bottom - top)
    d.text(374, top + 24, T(lang, "Operational", "Opérationnel"), size=13, weight="bold")
    d.text(374, top + 44, T(lang, "This log is disabled.", "Ce journal est désactivé."), size=11.5, fill=MUTED)

    # The View menu, drawn as an inset in the empty right pane: step 1 happens before the tree exists.
    ix, iy = 400, top + 64
    view = T(lang, "View", "Affichage")
    d.rect(ix, iy, est_width(view, 12) + 20, 24, fill=SELECT, stroke="#9A9A9A")
    d.text(ix + 10, iy + 16, view, size=12)
    vm = menu(d, ix, iy + 24, W - 18 - ix - 14,
              [T(lang, "Add/Remove Columns...", "Ajouter/supprimer des colonnes..."), T(lang, "Sort By >", "Trier par >"),
               "-", T(lang, "Show Analytic and Debug Logs", "Afficher les journaux d'analyse et de débogage"),
               T(lang, "Preview Pane", "Volet de visualisation")], size=11, hot=3)
    bx = vm[3]
    d.polyline([(bx[0] + 7, bx[1] + 11), (bx[0] + 11, bx[1] + 15), (bx[0] + 18, bx[1] + 6)], stroke="#1B1B1B", sw=2)
    mark(d, bx, 1, side="bottom", dist=20, pad=1)

    cm = menu(d, boxes[6][0], boxes[6][1] + 26, 250, [
        T(lang, "Open Saved Log...", "Ouvrir le journal enregistré..."),
        T(lang, "Create Custom View...", "Créer une vue personnalisée..."), "-",
        T(lang, "Enable Log", "Activer le journal"), "-",
        T(lang, "Properties", "Propriétés")], size=11.5, hot=3)
    mark(d, cm[3], 3, side="right", dist=12, pad=1)
    caption(d, CAP[lang] + T(lang, "Event Viewer > View > Show Analytic and Debug Logs; CAPI2 > Operational > Enable Log",
                             "Observateur d'événements > CAPI2 > Opérationnel > Activer le journal"))
    return d


def cert_enroll_more_info(lang):
    W, H = 880, 500
    d = Doc("cert-enroll-more-info", lang, W, H)
    backdrop(d)
    # Left: the enrollment wizard. Right: the certificate properties dialog it opens.
    ex, ey, ew, eh = 14, 14, 470, H - 14 - 44
    by = dialog(d, ex, ey, ew, eh, T(lang, "Certificate Enrollment", "Inscription de certificats"))
    d.text(ex + 16, by + 28, T(lang, "Request Certificates", "Demander des certificats"), size=15, fill="#1F4E79")
    para(d, ex + 16, by + 52, T(lang, "Select the certificates you want to request, then click Enroll.",
                                "Sélectionnez les certificats à demander, puis cliquez sur Inscription."),
         size=11.5, maxw=ew - 32)
    d.rect(ex + 14, by + 84, ew - 28, 26, fill="#EEF2F6")
    d.text(ex + 22, by + 101, T(lang, "Active Directory Enrollment Policy", "Stratégie d'inscription Active Directory"),
           size=11.5, weight="bold")
    cy = by + 134
    checkbox(d, ex + 22, cy, T(lang, "CEP Encryption", "Chiffrement CEP"), True, size=12)
    d.text(ex + ew - 24, cy, T(lang, "STATUS: Available", "ÉTAT : Disponible"), size=10.5, fill=MUTED, anchor="end")
    cbx = (ex + 20, cy - 14, est_width(T(lang, "CEP Encryption", "Chiffrement CEP"), 12) + 26, 18)
    mark(d, cbx, 1, side="right", dist=16, pad=2)
    d.poly([(ex + 42, cy + 22), (ex + 50, cy + 8), (ex + 58, cy + 22)], fill="#E0A800")
    d.text(ex + 50, cy + 20, "!", size=10, weight="bold", anchor="middle")
    ly = cy + 20
    for i, ln in enumerate(_lines(T(lang, "More information is required to enroll for this certificate. "
                                          "Click here to configure settings.",
                                    "L'inscription pour obtenir ce certificat nécessite des informations "
                                    "supplémentaires. Cliquez ici pour configurer les paramètres."), 11.5, ew - 110)):
        link(d, ex + 64, ly + i * 17, ln, size=11.5)
    nlines = len(_lines(T(lang, "More information is required to enroll for this certificate. "
                                "Click here to configure settings.",
                          "L'inscription pour obtenir ce certificat nécessite des informations "
                          "supplémentaires. Cliquez ici pour configurer les paramètres."), 11.5, ew - 110))
    mark(d, (ex + 60, ly - 14, ew - 100, nlines * 17 + 4), 2, side="right", dist=20, pad=1)
    cy = ly + nlines * 17 + 24
    checkbox(d, ex + 22, cy, T(lang, "Exchange Enrollment Agent (Offline request)",
                               "Agent d'inscription Exchange (demande hors connexion)"), False, size=12)
    para(d, ex + 42, cy + 20, T(lang, "(user template: request it from certmgr.msc, Current User)",
                                "(modèle utilisateur : à demander dans certmgr.msc, utilisateur actuel)"),
         size=10.5, maxw=ew - 70, fill=MUTED)
    eb = button(d, ex + ew - 190, ey + eh - 38, 84, T(lang, "Enroll", "Inscription"), default=True, size=11.5)
    button(d, ex + ew - 96, ey + eh - 38, 84, T(lang, "Cancel", "Annuler"), size=11.5)
    mark(d, eb, 5, side="top", dist=22, pad=1)

    px, py, pw, ph = 500, 40, W - 500 - 14, H - 40 - 44 - 24
    by = dialog(d, px, py, pw, ph, T(lang, "Certificate Properties", "Propriétés du certificat"))
    tb = tabs(d, px + 12, by + 8, T(lang, ["Subject", "General", "Extensions", "Private Key"],
                                    ["Objet", "Général", "Extensions", "Clé privée"]), 0, size=11)
    d.text(px + 16, by + 52, T(lang, "Subject name:", "Nom de l'objet :"), size=11.5, weight="bold")
    d.text(px + 16, by + 74, "Type:", size=11.5)
    field(d, px + 16, by + 80, 150, T(lang, "Common name", "Nom commun"), size=11.5, dropdown=True)
    d.text(px + 16, by + 122, T(lang, "Value:", "Valeur :"), size=11.5)
    vb = field(d, px + 16, by + 128, 150, "NDES01-MSCEP-RA", size=11)
    ab = button(d, px + 16, by + 162, 100, T(lang, "Add >", "Ajouter >"), size=11.5)
    d.rect(px + 180, by + 80, pw - 196, 110, fill="#FFFFFF", stroke="#8F8F8F")
    d.text(px + 188, by + 98, "CN=NDES01-MSCEP-RA", size=11)
    mark(d, (vb[0], vb[1], vb[2], ab[1] + ab[3] - vb[1]), 3, side="bottom", dist=18)
    nb = note(d, px + 14, by + 228, [T(lang, "Exchange Enrollment Agent only:", "Agent d'inscription Exchange :"),
                                     T(lang, "Private Key > Key options >", "Clé privée > Options de clé >"),
                                     T(lang, "Make private key exportable", "Rendre la clé privée exportable")],
              w=pw - 28)
    mark(d, tb[3], 4, side="topright", dist=12, pad=1)
    button(d, px + pw - 190, py + ph - 36, 84, "OK", default=True, size=11.5)
    button(d, px + pw - 96, py + ph - 36, 84, T(lang, "Cancel", "Annuler"), size=11.5)
    caption(d, CAP[lang] + T(lang, "Request New Certificate > More information is required > Subject",
                             "Demander un nouveau certificat > Informations supplémentaires > Objet"))
    return d


ALL = {
    "iis-app-pools": iis_app_pools,
    "iis-request-filtering": iis_request_filtering,
    "regedit-http-parameters": regedit_http_parameters,
    "services-appproxy": services_appproxy,
    "iis-auth-certregsvc": iis_auth_certregsvc,
    "certlm-root-store": certlm_root_store,
    "certlm-ra-certs": certlm_ra_certs,
    "secpol-impersonate": secpol_impersonate,
    "aduc-account": aduc_account,
    "eventvwr-1000": eventvwr_1000,
    "appproxy-external-url": appproxy_external_url,
    "capi2-enable-log": capi2_enable_log,
    "cert-enroll-more-info": cert_enroll_more_info,
}

TITLES = {
    "en": "Illustration (schematic drawing, not a screenshot)",
    "fr": "Illustration (schéma, pas une capture d'écran)",
}


def main():
    out = sys.argv[1]
    only = sys.argv[2:]
    warnings = []
    for lang in ("en", "fr"):
        os.makedirs(os.path.join(out, lang), exist_ok=True)
        for name, fn in ALL.items():
            if only and name not in only:
                continue
            d = fn(lang)
            warnings += d.warnings
            with open(os.path.join(out, lang, name + ".svg"), "w", encoding="utf-8") as f:
                f.write(d.svg(TITLES[lang]))
    for w in warnings:
        print("warning:", w)


if __name__ == "__main__":
    main()
