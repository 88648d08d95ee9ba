#!/usr/bin/env python3
"""Writes the simulated device and connector logs of each training scenario.

    python3 resources/training-logs/generate_device.py

Output: resources/training-logs/<scenario>/device/<file> and .../connector/<file>, then the list of files for
wizard/logs.cmake on stdout. Deterministic: the same files every run (no clock, no randomness).

The logs are made by hand from the shapes in docs reference formats.md section 4 (Android OMADM.log columns and
jscep messages, iOS Console text of the profiled process, Windows DeviceManagement-Enterprise-Diagnostics-Provider
events as `wevtutil qe /f:text` or `/f:xml`, NDESPlugin.log in UTF-16LE). No public full log of these kinds exists:
where the sources quote no exact wording (an iOS HTTP error line, a jscep 5xx), the wording is ours, written to look
like the rest of the file. Every file is read by the project's own readers in tests/wizard/tst_devicelogs.cpp.
"""

import base64
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SERVER = "https://ndes-contoso.msappproxy.net/certsrv/mscep/mscep.dll"
INTERNAL = "https://ndes01.contoso.local/certsrv/mscep/mscep.dll"

MODEL = "AC_51bad41f-3854-4eb5-a2f2-0f7a94034ee8%2FLogicalName_39907e78_e61b_4730_b9fa_d44a53e4111c"


def pseudo_base64(seed, length):
    """Looks like a PKIOperation message, and is the same on every run."""
    out = b""
    block = seed.encode()
    while len(out) * 4 // 3 < length:
        block = hashlib.sha256(block).digest()
        out += block
    return base64.b64encode(out).decode()[:length]


# ---- Android (Company Portal OMADM.log) --------------------------------------------------------------

class Android:
    def __init__(self, day="2026-01-06", pid=18327, tid=10):
        self.day, self.pid, self.tid = day, pid, tid
        self.lines = []
        self.seconds = 9 * 3600 + 14 * 60

    def log(self, level, logger, message, step=1.3):
        self.seconds += step
        whole = int(self.seconds)
        frac = int(round((self.seconds - whole) * 10_000_000)) % 10_000_000
        stamp = "%sT%02d:%02d:%02d.%07d" % (self.day, whole // 3600, whole // 60 % 60, whole % 60, frac)
        self.lines.append("%s  %s  Event  %s  %d  %5d  %s" % (stamp, level, logger, self.pid, self.tid, message))

    def preamble(self):
        self.log("INFO", "com.microsoft.omadm.client.OMADMClient", "Starting OMA-DM session with the Intune service")
        self.log("VERB", "com.microsoft.omadm.syncml.SyncmlSession", "Sending SyncML package 1 (3412 bytes)")
        self.log("VERB", "com.microsoft.omadm.syncml.SyncmlSession", "Received SyncML package 2 (12988 bytes)")
        self.log("INFO", "com.microsoft.omadm.platforms.android.certmgr.CertificateEnrollmentManager",
                 "Processing certificate payloads")
        self.log("VERB", "com.microsoft.omadm.platforms.android.certmgr.CertificateEnrollmentManager", "There are 1 requests")
        self.log("VERB", "com.microsoft.omadm.platforms.android.certmgr.CertificateEnrollmentManager",
                 "Trying to enroll certificate request: ModelName=%s;Hash=1677525787" % MODEL)

    def send(self, op, url=SERVER):
        self.log("VERB", "org.jscep.transport.UrlConnectionGetTransport",
                 "Sending %s(ca) to %s?operation=%s&message=ca" % (op, url, op))

    def received(self, op, status, url=SERVER):
        self.log("VERB", "org.jscep.transport.UrlConnectionGetTransport",
                 "Received '%s' when sending %s(ca) to %s?operation=%s&message=ca" % (status, op, url, op), step=0.6)

    def transport_error(self, status, call):
        self.log("ERRO", "com.microsoft.omadm.platforms.android.certmgr.CertificateEnrollmentManager",
                 "Failed to enroll certificate: org.jscep.transport.TransportException: %s" % status, step=0.02)
        self.lines.append("\tat org.jscep.transport.UrlConnectionGetTransport.sendRequest(UrlConnectionGetTransport.java:67)")
        self.lines.append("\tat org.jscep.client.Client.%s(Client.java:316)" % call)
        self.log("INFO", "com.microsoft.omadm.platforms.android.certmgr.CertificateEnrollmentManager",
                 "Certificate request will be retried at the next sync", step=0.1)

    def csr(self):
        self.log("VERB", "org.jscep.message.PkiMessageEncoder",
                 "Encoding message: org.jscep.message.PkcsReq@2b06f45f[messageData=org.spongycastle.pkcs."
                 "PKCS10CertificationRequest@699b3cd,messageType=PKCS_REQ,senderNonce=Nonce "
                 "[D447AE9955E624A56A09D64E2B3AE76E],transId=251E592A777C82996C7CF96F3AAADCF996FC31FF]", step=5.2)
        self.log("VERB", "org.jscep.message.PkiMessageEncoder",
                 "Signing pkiMessage using key belonging to [dn=CN=camille.martin; serial=1]", step=0.05)
        self.log("VERB", "org.jscep.transaction.EnrollmentTransaction", "Sending org.spongycastle.cms.CMSSignedData@ad57775",
                 step=0.08)

    def installed(self):
        self.log("VERB", "org.jscep.transaction.EnrollmentTransaction",
                 "Response: org.jscep.message.CertRep@5a1c0c4[failInfo=<null>,pkiStatus=SUCCESS,recipientNonce=Nonce "
                 "[D447AE9955E624A56A09D64E2B3AE76E],messageData=org.spongycastle.cms.CMSSignedData@1d2f5b4,"
                 "messageType=CERT_REP,transId=251E592A777C82996C7CF96F3AAADCF996FC31FF]", step=1.4)
        root = "com.microsoft.omadm.platforms.android.certmgr.state.NativeRootCertInstallStateMachine"
        scep = "com.microsoft.omadm.platforms.android.certmgr.state.NativeScepCertInstallStateMachine"
        self.log("INFO", root, "NativeRootCertInstallStateMachine state changed from CERT_INSTALL_REQUESTED to "
                 "CERT_INSTALL_SUCCESS", step=0.1)
        self.log("INFO", scep, "NativeScepCertInstallStateMachine state changed from CERT_INSTALL_REQUESTED to "
                 "CERT_INSTALLING", step=0.1)
        self.log("INFO", scep, "NativeScepCertInstallStateMachine state changed from CERT_INSTALLING to "
                 "CERT_ACCESS_REQUESTED", step=0.5)
        self.log("INFO", scep, "NativeScepCertInstallStateMachine state changed from CERT_ACCESS_REQUESTED to "
                 "CERT_ACCESS_GRANTED", step=7.6)

    def text(self):
        self.log("INFO", "com.microsoft.omadm.client.OMADMClient", "OMA-DM session ended", step=2.0)
        return "\n".join(self.lines) + "\n"


def android_success():
    a = Android()
    a.preamble()
    a.send("GetCACaps")
    a.received("GetCACaps", "200 OK")
    a.send("GetCACert")
    a.received("GetCACert", "200 OK")
    a.csr()
    a.installed()
    return a.text()


def android_http_failure(op, status, call):
    a = Android(day="2026-01-06", pid=20111, tid=12)
    a.preamble()
    if op == "GetCACert":
        a.send("GetCACaps")
        a.received("GetCACaps", "200 OK")
    a.send(op)
    a.received(op, status)
    a.transport_error(status, call)
    return a.text()


def android_pkioperation_failure(status):
    a = Android(day="2026-01-06", pid=20111, tid=12)
    a.preamble()
    a.send("GetCACaps")
    a.received("GetCACaps", "200 OK")
    a.send("GetCACert")
    a.received("GetCACert", "200 OK")
    a.csr()
    a.transport_error(status, "enrol")
    return a.text()


def android_connect_failure():
    a = Android(day="2026-01-06", pid=20455, tid=14)
    a.preamble()
    a.send("GetCACaps", url="https://ndes.contoso.com/certsrv/mscep/mscep.dll")
    a.log("ERRO", "com.microsoft.omadm.platforms.android.certmgr.CertificateEnrollmentManager",
          "Failed to enroll certificate: org.jscep.transport.TransportException: Error connecting to server", step=20.0)
    a.lines.append("\tat org.jscep.transport.UrlConnectionGetTransport.sendRequest(UrlConnectionGetTransport.java:72)")
    a.lines.append("Caused by: java.net.UnknownHostException: Unable to resolve host \"ndes.contoso.com\": "
                   "No address associated with hostname")
    return a.text()


# ---- iOS / iPadOS (Console app, profiled) -------------------------------------------------------------

class Ios:
    def __init__(self):
        self.lines = []
        self.seconds = 18 * 3600 + 30 * 60 + 50.0

    def log(self, kind, process, message, step=0.4):
        self.seconds += step
        whole = int(self.seconds)
        micro = int(round((self.seconds - whole) * 1_000_000)) % 1_000_000
        stamp = "%02d:%02d:%02d.%06d" % (whole // 3600, whole // 60 % 60, whole % 60, micro)
        self.lines.append("%s\t%s +0100\t%s\t%s" % (kind, stamp, process, message))

    def preamble(self):
        self.log("default", "SpringBoard", "Application launched: com.apple.Preferences")
        self.log("default", "profiled", "Beginning profile installation...")
        self.log("debug", "profiled", "Installing payload com.apple.security.scep (SCEP payload)")

    def request(self, op):
        self.log("debug", "profiled", "Performing synchronous URL request: %s?operation=%s&message=SCEP%%20Authority"
                 % (SERVER, op))

    def text(self):
        self.log("default", "SpringBoard", "Application did become active: com.apple.Preferences", step=1.0)
        return "\n".join(self.lines) + "\n"


def ios_success():
    i = Ios()
    i.preamble()
    i.request("GetCACert")
    i.request("GetCACaps")
    i.log("default", "profiled", "Attempting to retrieve issued certificate...")
    i.log("debug", "profiled", "Sending CSR via GET.")
    i.log("debug", "profiled", "Performing synchronous URL request: %s?operation=PKIOperation&message=%s"
          % (SERVER, pseudo_base64("ios-success", 1800)))
    i.log("debug", "profiled", "Adding dependent com.apple.security.scep in domain PayloadDependencyDomainCertificate")
    i.log("default", "profiled", "Profile 'www.windowsintune.com.SCEP.ModelName=%s' installed." % MODEL)
    return i.text()


def ios_http_failure(status, reason):
    i = Ios()
    i.preamble()
    i.request("GetCACert")
    i.log("error", "profiled", "SCEP request GetCACert failed: HTTP status %d (%s)" % (status, reason), step=0.9)
    i.log("error", "profiled", "MC: Cannot retrieve SCEP identity: NSError: Desc   : The SCEP server returned an "
          "invalid response. Domain : MCSCEPErrorDomain Code   : 22006", step=0.01)
    i.log("error", "profiled", "Profile installation failed. Error: The profile could not be installed.", step=0.01)
    return i.text()


def ios_ra_invalid():
    i = Ios()
    i.preamble()
    i.request("GetCACert")
    i.log("error", "profiled", "MC: Cannot retrieve SCEP identity: NSError: Desc   : The Registration Authority's "
          "response is invalid. Domain : MCSCEPErrorDomain Code   : 22013", step=0.3)
    i.log("error", "profiled", "Profile installation failed. Error: The profile could not be installed.", step=0.01)
    return i.text()


def ios_trust_failure():
    i = Ios()
    i.preamble()
    i.request("GetCACert")
    i.log("error", "profiled", "SecTrustEvaluate [leaf AnchorTrusted] failed for ndes-contoso.msappproxy.net: the "
          "certificate chain is not trusted", step=0.2)
    i.log("error", "profiled", "MC: Cannot retrieve SCEP identity: NSError: Desc   : The SCEP server's certificate is "
          "not trusted. Domain : NSURLErrorDomain Code   : -1202", step=0.01)
    return i.text()


def ios_timeout():
    i = Ios()
    i.preamble()
    i.request("GetCACert")
    i.log("error", "profiled", "MC: Cannot retrieve SCEP identity: NSError: Desc   : The request timed out. "
          "Domain : NSURLErrorDomain Code   : -1001", step=60.0)
    return i.text()


def ios_pkioperation_failure(status, reason):
    i = Ios()
    i.preamble()
    i.request("GetCACert")
    i.request("GetCACaps")
    i.log("default", "profiled", "Attempting to retrieve issued certificate...")
    i.log("debug", "profiled", "Sending CSR via GET.")
    i.log("debug", "profiled", "Performing synchronous URL request: %s?operation=PKIOperation&message=%s"
          % (SERVER, pseudo_base64("ios-pkiop-" + str(status), 2400)))
    i.log("error", "profiled", "SCEP request PKIOperation failed: HTTP status %d (%s)" % (status, reason), step=0.3)
    i.log("error", "profiled", "Profile installation failed. Error: The profile could not be installed.", step=0.01)
    return i.text()


# ---- Windows device (wevtutil qe ... /f:text) ----------------------------------------------------------

def windows_event(index, event_id, level, date, description):
    return "\n".join([
        "Event[%d]:" % index,
        "  Log Name: Microsoft-Windows-DeviceManagement-Enterprise-Diagnostics-Provider/Admin",
        "  Source: Microsoft-Windows-DeviceManagement-Enterprise-Diagnostics-Provider",
        "  Date: %s" % date,
        "  Event ID: %d" % event_id,
        "  Task: N/A",
        "  Level: %s" % level,
        "  Opcode: Info",
        "  Keyword: N/A",
        "  User: S-1-5-18",
        "  User Name: NT AUTHORITY\\SYSTEM",
        "  Computer: PC-0042.contoso.com",
        "  Description: ",
        description,
        "",
    ])


def windows_failure(code):
    events = [
        windows_event(0, 306, "Information", "2026-01-06T08:41:02.1180000Z",
                      "SCEP: CspExecute for UniqueId : (ModelName=AC_51bad41f) InstallUserSid : (S-1-12-1-1111) "
                      "InstallLocation : (user) NodePath : (Install/Enroll) KeyUsage : (0xa0) KeyAlgorithm : (RSA) "
                      "Result : (Unknown Win32 Error code: 0x2ab0003)."),
        windows_event(1, 36, "Information", "2026-01-06T08:41:04.5520000Z",
                      "SCEP: Certificate request generated successfully. Enhanced Key Usage: (1.3.6.1.5.5.7.3.2), "
                      "NDES URL: (%s/pkiclient.exe), Container Name: (), KSP Setting: (0x2), Store Location: (0x1)."
                      % SERVER),
        windows_event(2, 32, "Error", "2026-01-06T08:41:06.0310000Z",
                      "SCEP: Certificate enroll failed. Result: (Unknown Win32 Error code: %s)." % code),
    ]
    return "\r\n".join("\n".join(events).split("\n"))


# ---- Connector (NDESPlugin.log, UTF-16LE with a BOM and CRLF, as the policy module writes it) ------------

def ndesplugin(lines):
    out = []
    seconds = 9 * 3600
    for i, message in enumerate(lines):
        seconds += 1 if i % 3 else 2
        out.append("01/06/2026 %02d:%02d:%02d [%d] %s" % (seconds // 3600, seconds // 60 % 60, seconds % 60,
                                                        4120 + i % 3, message))
    return ("\r\n".join(out) + "\r\n").encode("utf-16-le")


def ndesplugin_success():
    lines = ["NDES policy module loaded"]
    for _ in range(3):
        lines += ["Calling VerifyRequest ...",
                  "Sending request to certificate registration point.",
                  "Verify challenge returns true",
                  "Exiting VerifyRequest with 0x0",
                  "Calling Notifyrequest ...",
                  "Sending request to certificate registration point.",
                  "Exiting Notify with 0x0"]
    return ndesplugin(lines)


def ndesplugin_tls():
    lines = ["NDES policy module loaded"]
    for _ in range(2):
        lines += ["Calling VerifyRequest ...",
                  "Sending request to certificate registration point.",
                  "WINHTTP_CALLBACK_STATUS_FLAG_CERT_CN_INVALID",
                  "Failed to send http request /CertificateRegistrationSvc/Certificate/VerifyRequest. Error 12175",
                  "Exiting VerifyRequest with 0x80072f8f"]
    return ndesplugin(lines)


# ---- The scenarios --------------------------------------------------------------------------------------

def scenarios():
    s = {}
    s["healthy"] = {"device/OMADM.log": android_success(), "connector/NDESPlugin.log": ndesplugin_success()}
    for name in ("app-pool-stopped", "app-pool-crl-unreachable", "app-pool-intermediate-in-root",
                 "app-pool-windows-auth"):
        s[name] = {"device/iPhone-console.txt": ios_http_failure(503, "Service Unavailable")}
    s["mscep-ra-expired"] = {"device/iPhone-console.txt": ios_ra_invalid(),
                             "device/DeviceManagement-Admin.txt": windows_failure("0x800b0101")}
    s["tls-untrusted"] = {"device/iPad-console.txt": ios_trust_failure(), "connector/NDESPlugin.log": ndesplugin_tls()}
    s["impersonate-right-missing"] = {
        "device/OMADM.log": android_http_failure("GetCACaps", "500 Internal Server Error", "getCaCapabilities")}
    s["service-account-locked"] = {"device/DeviceManagement-Admin.txt": windows_failure("0x801901f4")}
    s["app-proxy-connector-stopped"] = {
        "device/OMADM.log": android_http_failure("GetCACaps", "504 Gateway Timeout", "getCaCapabilities")}
    s["app-proxy-wrong-url"] = {"device/OMADM.log": android_connect_failure()}
    s["no-answer"] = {"device/iPhone-console.txt": ios_timeout()}
    s["request-limits-default"] = {"device/iPhone-console.txt": ios_pkioperation_failure(414, "Request-URI Too Long")}
    s["request-filtering-default"] = {"device/OMADM.log": android_pkioperation_failure("404 Not Found")}
    s["unexpected-401"] = {
        "device/OMADM.log": android_http_failure("GetCACaps", "401 Unauthorized", "getCaCapabilities")}
    return s


def main():
    written = []
    for scenario, files in sorted(scenarios().items()):
        for relative, content in sorted(files.items()):
            path = os.path.join(HERE, scenario, relative)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            data = content if isinstance(content, bytes) else content.encode("utf-8")
            if relative.endswith("NDESPlugin.log"):
                data = b"\xff\xfe" + data
            with open(path, "wb") as f:
                f.write(data)
            written.append("%s/%s" % (scenario, relative))
    for w in written:
        sys.stdout.write("        ${PROJECT_SOURCE_DIR}/resources/training-logs/%s\n" % w)


if __name__ == "__main__":
    main()
