#include "devicetexts.h"

#include <QCoreApplication>

namespace ndes::ui {

using namespace ndes::logs::device;

QString devicePlatformName(Platform platform)
{
    switch (platform) {
    case Platform::Android: return QCoreApplication::translate("DeviceText", "Android");
    case Platform::Ios: return QCoreApplication::translate("DeviceText", "iOS / iPadOS");
    case Platform::Windows: break;
    }
    return QCoreApplication::translate("DeviceText", "Windows");
}

QString deviceFormatName(Format format)
{
    switch (format) {
    case Format::AndroidOmadm: return QCoreApplication::translate("DeviceText", "Company Portal log (OMADM.log)");
    case Format::IosConsole: return QCoreApplication::translate("DeviceText", "Console text copied from the Mac");
    case Format::IosRtf: return QCoreApplication::translate("DeviceText", "Console text saved as RTF by TextEdit");
    case Format::IosSyslog: return QCoreApplication::translate("DeviceText", "Device syslog");
    case Format::WindowsXml: return QCoreApplication::translate("DeviceText", "Windows events exported as XML");
    case Format::WindowsText: break;
    }
    return QCoreApplication::translate("DeviceText", "Windows events exported as text");
}

QString deviceStageName(Stage stage)
{
    switch (stage) {
    case Stage::ProfileReceived: return QCoreApplication::translate("DeviceText", "Profile received");
    case Stage::NdesContacted: return QCoreApplication::translate("DeviceText", "Contact with NDES");
    case Stage::GetCaCapsOk: return QCoreApplication::translate("DeviceText", "GetCACaps answered");
    case Stage::GetCaCertOk: return QCoreApplication::translate("DeviceText", "GetCACert answered");
    case Stage::CsrSent: return QCoreApplication::translate("DeviceText", "Certificate request sent");
    case Stage::CertRep: return QCoreApplication::translate("DeviceText", "NDES answer (CertRep)");
    case Stage::Installed: break;
    }
    return QCoreApplication::translate("DeviceText", "Certificate installed");
}

QString deviceStageSentence(Stage stage, bool reached)
{
    switch (stage) {
    case Stage::ProfileReceived:
        return reached ? QCoreApplication::translate("DeviceText", "The device received the SCEP certificate profile from Intune.")
                       : QCoreApplication::translate("DeviceText", "Nothing shows that the device received the SCEP certificate profile.");
    case Stage::NdesContacted:
        return reached ? QCoreApplication::translate("DeviceText", "The device reached the NDES server and got an answer.")
                       : QCoreApplication::translate("DeviceText", "Nothing shows that the device got an answer from the NDES server.");
    case Stage::GetCaCapsOk:
        return reached ? QCoreApplication::translate("DeviceText", "NDES told the device which SCEP capabilities it supports (GetCACaps).")
                       : QCoreApplication::translate("DeviceText", "The device did not get the list of SCEP capabilities (GetCACaps).");
    case Stage::GetCaCertOk:
        return reached ? QCoreApplication::translate("DeviceText", "The device downloaded the CA and NDES certificates (GetCACert).")
                       : QCoreApplication::translate("DeviceText", "The device did not get usable CA and NDES certificates (GetCACert).");
    case Stage::CsrSent:
        return reached ? QCoreApplication::translate("DeviceText", "The device sent its certificate request to NDES.")
                       : QCoreApplication::translate("DeviceText", "Nothing shows that the device sent its certificate request.");
    case Stage::CertRep:
        return reached ? QCoreApplication::translate("DeviceText", "NDES answered the certificate request.")
                       : QCoreApplication::translate("DeviceText", "No answer from NDES to the certificate request appears in the log.");
    case Stage::Installed: break;
    }
    return reached ? QCoreApplication::translate("DeviceText", "The certificate is installed on the device.")
                   : QCoreApplication::translate("DeviceText", "The certificate was not installed on the device.");
}

QString deviceCertRepSentence(const QString &detail, const QString &failInfo)
{
    if (detail == QLatin1String("SUCCESS"))
        return QCoreApplication::translate("DeviceText", "The certification authority issued the certificate.");
    if (detail == QLatin1String("PENDING"))
        return QCoreApplication::translate("DeviceText",
                                           "The request is waiting for approval on the certification authority.");
    if (detail == QLatin1String("FAILURE")) {
        if (failInfo.isEmpty())
            return QCoreApplication::translate("DeviceText", "The certification authority refused the request.");
        return QCoreApplication::translate("DeviceText", "The certification authority refused the request (reason: %1).")
            .arg(failInfo);
    }
    return QString();
}

QString deviceFailureSentence(const QString &kind)
{
    if (kind == QLatin1String("http-403"))
        return QCoreApplication::translate("DeviceText",
                                           "The server refused the request (HTTP 403 Forbidden).");
    if (kind == QLatin1String("http-404"))
        return QCoreApplication::translate("DeviceText",
                                           "The SCEP address was not found (HTTP 404): check the URL in the profile and, with Azure AD Application Proxy, the published URL.");
    if (kind == QLatin1String("http-500"))
        return QCoreApplication::translate("DeviceText",
                                           "NDES failed while handling the request (HTTP 500): look at the NDES server and its logs.");
    if (kind == QLatin1String("http-503"))
        return QCoreApplication::translate("DeviceText",
                                           "NDES was unavailable (HTTP 503): its application pool may be stopped.");
    if (kind.startsWith(QLatin1String("http-")))
        return QCoreApplication::translate("DeviceText", "NDES answered with the HTTP error %1.").arg(kind.mid(5));
    if (kind == QLatin1String("connect-failed"))
        return QCoreApplication::translate("DeviceText",
                                           "The device could not connect to the NDES address: name resolution, network or proxy problem.");
    if (kind == QLatin1String("ra-response-invalid"))
        return QCoreApplication::translate("DeviceText",
                                           "The device rejected the answer of NDES as invalid: the certificate chain does not match the trusted root in the profile, or it uses signatures the device refuses.");
    if (kind == QLatin1String("trust-failed"))
        return QCoreApplication::translate("DeviceText",
                                           "The device does not trust the certificates presented by the server.");
    if (kind == QLatin1String("certrep-failure"))
        return QCoreApplication::translate("DeviceText",
                                           "The certification authority refused the certificate request.");
    if (kind == QLatin1String("certrep-pending"))
        return QCoreApplication::translate("DeviceText",
                                           "The request was left waiting for approval and no certificate followed.");
    if (kind == QLatin1String("scep-identity-failed"))
        return QCoreApplication::translate("DeviceText", "The device could not obtain its SCEP certificate.");
    if (kind == QLatin1String("install-failed"))
        return QCoreApplication::translate("DeviceText", "The certificate could not be installed on the device.");
    if (kind == QLatin1String("windows-scep-error"))
        return QCoreApplication::translate("DeviceText",
                                           "Windows reported a SCEP error; the error code tells why (0x800b0109: the root certificate is not trusted).");
    return QCoreApplication::translate("DeviceText", "The log shows an error during enrollment.");
}

QString deviceReachedSentence(const DeviceLogReport &report)
{
    if (!report.reached)
        return QCoreApplication::translate("DeviceText", "The log shows no certificate enrollment.");
    if (*report.reached == Stage::Installed)
        return QCoreApplication::translate("DeviceText", "The device got through every step: the certificate is installed.");
    return QCoreApplication::translate("DeviceText", "The device stopped after this step: %1.").arg(deviceStageName(*report.reached));
}

} // namespace ndes::ui
