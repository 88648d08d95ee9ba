#!/usr/bin/env python3
"""Writes the simulated NDES server's IIS logs for each training scenario.

Run from anywhere: python3 resources/training-logs/generate.py
The output is deterministic (a fixed seed per scenario), so running it again gives the same bytes.
Each scenario gets W3SVC1/u_exYYMMDD.log (IIS 10 default fields, UTC times, CRLF, a new header block
after each restart or idle period) and, where HTTP.sys turned requests away, HTTPERR/httperr1.log.
"""

import base64
import datetime as dt
import os
import random
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))

SERVER_IP = "10.0.20.15"
PROBE_IP = "10.0.20.2"
ADMIN_IP = "10.0.30.12"
START = dt.datetime(2026, 1, 5, 0, 0, 0)
END = dt.datetime(2026, 1, 6, 16, 30, 0)

W3C_FIELDS = ("date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) "
              "cs(Referer) sc-status sc-substatus sc-win32-status time-taken")
HTTPERR_FIELDS = "date time c-ip c-port s-ip s-port cs-version cs-method cs-uri streamid sc-status s-siteid s-reason s-queuename"

SCEP = "/certsrv/mscep/mscep.dll"
SCEP_WINDOWS = "/certsrv/mscep/mscep.dll/pkiclient.exe"
VERIFY = "/CertificateRegistrationSvc/Certificate/VerifyRequest"
NOTIFY = "/CertificateRegistrationSvc/Certificate/Notify"

ANDROID_AGENTS = [
    "Dalvik/2.1.0+(Linux;+U;+Android+13;+SM-G991B+Build/TP1A.220624.014)",
    "Dalvik/2.1.0+(Linux;+U;+Android+14;+Pixel+7+Build/UQ1A.240205.002)",
    "Dalvik/2.1.0+(Linux;+U;+Android+12;+SM-A525F+Build/SP1A.210812.016)",
    "Dalvik/2.1.0+(Linux;+U;+Android+14;+SM-S911B+Build/UP1A.231005.007)",
]
IOS_AGENTS = [
    "profiled/1.0+CFNetwork/1492.0.1+Darwin/23.3.0",
    "profiled/1.0+CFNetwork/1490.0.4+Darwin/23.2.0",
    "profiled/1.0+CFNetwork/1410.0.3+Darwin/22.6.0",
]
WINDOWS_AGENT = "Mozilla/4.0+(compatible;+Win32;+NDES+client)"
CONNECTOR_AGENT = "NDES_Plugin"
BROWSER_AGENT = "Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/120.0.0.0+Safari/537.36+Edg/120.0.0.0"
PROBE_AGENT = "-"

# The start of every SCEP pkiMessage: a CMS SignedData in BER, as devices send it.
PKCS7_PREFIX = bytes.fromhex("308006092a864886f70d010702a0803080020101310f300d06096086480165030402030500")


class Device:
    def __init__(self, rng, platform, index):
        self.platform = platform
        self.ip = f"10.44.{rng.randint(16, 63)}.{rng.randint(2, 250)}"
        if platform == "android":
            self.agent = rng.choice(ANDROID_AGENTS)
        elif platform == "ios":
            self.agent = rng.choice(IOS_AGENTS)
        else:
            self.agent = WINDOWS_AGENT
        self.index = index


class Log:
    def __init__(self):
        self.w3c = []  # (time, line)
        self.httperr = []

    def iis(self, t, method, stem, query, ip, agent, status, port=443):
        s, sub, win32 = status
        taken = random_taken(t, status)
        line = (f"{t:%Y-%m-%d %H:%M:%S} {SERVER_IP} {method} {stem} {query or '-'} {port} - {ip} {agent} - "
                f"{s} {sub} {win32} {taken}")
        self.w3c.append((t, line))

    def err(self, t, ip, method, uri, status, reason, queue, stream):
        uri = uri[:4096]  # HTTP.sys cuts cs-uri at 4096 bytes
        line = (f"{t:%Y-%m-%d %H:%M:%S} {ip} {50000 + stream % 15000} {SERVER_IP} 443 HTTP/1.1 {method} {uri} "
                f"{stream} {status} 1 {reason} {queue}")
        self.httperr.append((t, line))


def random_taken(t, status):
    # time-taken in ms, derived from the time so the script stays deterministic without a shared generator.
    seed = int(t.timestamp()) * 31 + status[0]
    return 15 + seed % 400 if status[0] == 200 else 2 + seed % 40


def pki_message(rng, size):
    body = PKCS7_PREFIX + rng.randbytes(size)
    return base64.b64encode(body).decode("ascii")


def scep_query(op, ca_id):
    return f"operation={op}&message={ca_id}"


def ca_id(device):
    return {"android": "ca", "ios": "SCEP%20Authority", "windows": "default"}[device.platform]


def stem(device):
    return SCEP_WINDOWS if device.platform == "windows" else SCEP


def pki_get_query(rng, device):
    message = pki_message(rng, rng.randint(2300, 3600))
    if device.platform == "android":
        # jscep percent-encodes the base64; iOS sends it as is, with raw '+' and '/'.
        message = urllib.parse.quote(message, safe="")
    return "operation=PKIOperation&message=" + message


class Scenario:
    """How the server answers, by time: each method returns the status triple or None (not logged by IIS)."""

    def __init__(self, name, fault_at=None):
        self.name = name
        self.fault_at = fault_at

    def faulty(self, t):
        return self.fault_at is not None and t >= self.fault_at


def enroll(rng, log, scenario, device, t):
    """One enrollment attempt: the requests of the device, and the connector's calls, as IIS logs them."""
    name = scenario.name
    faulty = scenario.faulty(t)
    path = stem(device)
    port = 80 if device.platform == "windows" and device.index % 3 == 0 else 443

    if name in ("no-answer", "app-proxy-connector-stopped", "app-proxy-wrong-url") and faulty:
        return  # nothing reaches IIS
    if name in POOL_DOWN and faulty:
        ops = ["GetCACert"] if device.platform == "ios" else ["GetCACaps"]
        for op in ops:
            log.err(t, device.ip, "GET", f"{path}?{scep_query(op, ca_id(device))}", 503, "AppOffline", "SCEP",
                    rng.randint(1, 400))
        return

    def answer(op):
        if faulty and name == "impersonate-right-missing":
            return (500, 0, 1346)
        if faulty and name in ("service-account-locked", "mscep-ra-expired"):
            return (500, 0, 0)
        if faulty and name == "unexpected-401":
            return (401, 2, 5)
        return (200, 0, 0)

    order = ["GetCACert", "GetCACaps"] if device.platform == "ios" else ["GetCACaps", "GetCACert"]
    for op in order:
        status = answer(op)
        log.iis(t, "GET", path, scep_query(op, ca_id(device)), device.ip, device.agent, status, port)
        t += dt.timedelta(seconds=rng.randint(0, 2))
        if status[0] != 200:
            return
        if name == "tls-untrusted" and device.platform == "ios" and op == "GetCACert":
            return  # the device does not trust the chain it got, and stops here

    t += dt.timedelta(seconds=rng.randint(1, 6))
    if device.platform == "windows":
        method, query = "POST", "operation=PKIOperation"
    else:
        method, query = "GET", pki_get_query(rng, device)
    if method == "GET" and faulty and name == "request-filtering-default":
        log.iis(t, method, path, query, device.ip, device.agent, (404, 15, 0), port)
        return
    if method == "GET" and faulty and name == "request-limits-default":
        log.err(t, device.ip, method, f"{path}?{query}", 414, "URL_Length", "-", rng.randint(1, 400))
        return
    checked = name != "connector-not-installed"
    if checked and name == "app-pool-intermediate-in-root":
        # The connector does not trust the policy module's certificate: the request is refused.
        log.iis(t, "POST", VERIFY, None, "::1", CONNECTOR_AGENT, (403, 16, 2148204809))
        t += dt.timedelta(seconds=1)
        log.iis(t, method, path, query, device.ip, device.agent, (200, 0, 0), port)
        return
    if checked:
        log.iis(t, "POST", VERIFY, None, "::1", CONNECTOR_AGENT, (201, 0, 0))
    t += dt.timedelta(seconds=1)
    log.iis(t, method, path, query, device.ip, device.agent, (200, 0, 0), port)
    if checked:
        t += dt.timedelta(seconds=rng.randint(1, 3))
        log.iis(t, "POST", NOTIFY, None, "::1", CONNECTOR_AGENT, (204, 0, 0))


def device_times(rng, day_start):
    """When devices try to enroll during one day: mostly office hours (UTC), a few at night."""
    times = []
    for hour in range(24):
        busy = 7 <= hour <= 16
        for _ in range(rng.randint(1, 3) if busy else rng.randint(0, 1)):
            times.append(day_start + dt.timedelta(hours=hour, minutes=rng.randint(0, 59), seconds=rng.randint(0, 59)))
    return sorted(times)


def background(rng, log, scenario):
    """Traffic that is not SCEP: the load balancer's probe, an administrator's browser, the app pool crash."""
    t = START
    while t < END:
        log.iis(t, "GET", "/", None, PROBE_IP, PROBE_AGENT, (200, 0, 0), 80)
        t += dt.timedelta(minutes=5)
    for day in range(2):
        base = START + dt.timedelta(days=day)
        for minute in (8 * 60 + 20, 13 * 60 + 5):
            at = base + dt.timedelta(minutes=minute, seconds=rng.randint(0, 59))
            if at >= END:
                continue
            # The browser test on the bare URL: 403 is the healthy answer.
            bare = (403, 0, 0)
            if scenario.name == "unexpected-401" and scenario.faulty(at):
                bare = (401, 2, 5)
            if scenario.name in POOL_DOWN and scenario.faulty(at):
                log.err(at, ADMIN_IP, "GET", SCEP, 503, "AppOffline", "SCEP", rng.randint(1, 400))
            elif scenario.name not in ("no-answer", "app-proxy-connector-stopped", "app-proxy-wrong-url"):
                log.iis(at, "GET", SCEP, None, ADMIN_IP, BROWSER_AGENT, bare)
            log.iis(at + dt.timedelta(seconds=1), "GET", "/favicon.ico", None, ADMIN_IP, BROWSER_AGENT, (404, 0, 2))
            log.iis(at + dt.timedelta(seconds=20), "GET", "/certsrv/", None, ADMIN_IP, BROWSER_AGENT, (401, 2, 5))
    if scenario.name in POOL_DOWN:
        # The worker crashes on a few requests, then rapid-fail protection takes the pool offline.
        for k in range(5):
            at = scenario.fault_at - dt.timedelta(minutes=4) + dt.timedelta(seconds=40 * k)
            log.err(at, f"10.44.{20 + k}.{40 + k}", "GET", f"{SCEP}?operation=GetCACaps&message=ca", "-",
                    "Connection_Abandoned_By_AppPool", "SCEP", 100 + k)


def header(software, t):
    return [f"#Software: {software}", "#Version: 1.0", f"#Date: {t:%Y-%m-%d %H:%M:%S}"]


def write_w3c(folder, entries):
    """Splits the lines into daily files (UTC) and writes a header block at the start of each file, after
    each idle period of more than 20 minutes (the worker process stopped), and after the nightly recycle."""
    entries.sort(key=lambda e: e[0])
    by_day = {}
    for t, line in entries:
        by_day.setdefault(t.date(), []).append((t, line))
    os.makedirs(folder, exist_ok=True)
    for day, lines in sorted(by_day.items()):
        out = []
        last = None
        for t, line in lines:
            recycle = last is not None and last.hour < 2 <= t.hour
            if last is None or (t - last).total_seconds() > 20 * 60 or recycle:
                out += header("Microsoft Internet Information Services 10.0", t)
                out.append("#Fields: " + W3C_FIELDS)
            out.append(line)
            last = t
        path = os.path.join(folder, f"u_ex{day:%y%m%d}.log")
        with open(path, "wb") as f:
            f.write(("\r\n".join(out) + "\r\n").encode("ascii"))


def write_httperr(folder, entries):
    entries.sort(key=lambda e: e[0])
    os.makedirs(folder, exist_ok=True)
    out = header("Microsoft HTTP API 2.0", entries[0][0]) + ["#Fields: " + HTTPERR_FIELDS]
    out += [line for _, line in entries]
    with open(os.path.join(folder, "httperr1.log"), "wb") as f:
        f.write(("\r\n".join(out) + "\r\n").encode("ascii"))


# The scenarios where the SCEP pool goes down: HTTP.sys answers 503 from the fault on.
POOL_DOWN = ("app-pool-stopped", "app-pool-intermediate-in-root", "app-pool-crl-unreachable", "app-pool-windows-auth")

SCENARIOS = {
    "healthy": None,
    "impersonate-right-missing": dt.datetime(2026, 1, 5, 10, 12, 0),
    "request-limits-default": START,
    "request-filtering-default": START,
    "app-pool-stopped": dt.datetime(2026, 1, 6, 7, 41, 0),
    "app-pool-intermediate-in-root": dt.datetime(2026, 1, 5, 14, 3, 0),
    "app-pool-crl-unreachable": dt.datetime(2026, 1, 6, 3, 12, 0),
    "app-pool-windows-auth": dt.datetime(2026, 1, 5, 11, 26, 0),
    "tls-untrusted": START,
    "no-answer": START,
    "app-proxy-connector-stopped": START,
    "app-proxy-wrong-url": START,
    "connector-not-installed": START,
    "service-account-locked": dt.datetime(2026, 1, 6, 6, 55, 0),
    "mscep-ra-expired": START,
    "unexpected-401": START,
}


def generate(name, fault_at):
    rng = random.Random("ndes-doctor-training-logs/" + name)
    scenario = Scenario(name, fault_at)
    log = Log()
    platforms = ["android"] * 5 + ["ios"] * 4 + ["windows"] * 3
    devices = [Device(rng, rng.choice(platforms), i) for i in range(60)]
    day = START
    while day < END:
        for t in device_times(rng, day):
            if t >= END:
                continue
            device = rng.choice(devices)
            enroll(rng, log, scenario, device, t)
            # A device that failed tries again a few minutes later.
            if scenario.faulty(t) and rng.random() < 0.5:
                enroll(rng, log, scenario, device, t + dt.timedelta(minutes=rng.randint(3, 15)))
        day += dt.timedelta(days=1)
    background(rng, log, scenario)
    root = os.path.join(HERE, name)
    write_w3c(os.path.join(root, "W3SVC1"), log.w3c)
    if log.httperr:
        write_httperr(os.path.join(root, "HTTPERR"), log.httperr)
    return root


def main():
    files = []
    for name, fault_at in SCENARIOS.items():
        root = generate(name, fault_at)
        for folder, _, names in sorted(os.walk(root)):
            for n in sorted(names):
                files.append(os.path.relpath(os.path.join(folder, n), HERE))
    for f in sorted(files):
        print(f)


if __name__ == "__main__":
    main()
