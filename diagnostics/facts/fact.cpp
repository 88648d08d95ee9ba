#include "fact.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace ndes::facts {

FactSource::~FactSource() = default;

QString statusName(RawFact::Status status)
{
    switch (status) {
    case RawFact::Present: return QStringLiteral("present");
    case RawFact::Missing: return QStringLiteral("missing");
    case RawFact::Failed: return QStringLiteral("failed");
    case RawFact::NotAvailable: return QStringLiteral("not-available");
    }
    return QStringLiteral("missing");
}

std::optional<RawFact::Status> statusFromName(QStringView name)
{
    for (auto s : {RawFact::Present, RawFact::Missing, RawFact::Failed, RawFact::NotAvailable}) {
        if (name.compare(statusName(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

namespace {

const QString appcmd = QStringLiteral("%windir%\\System32\\inetsrv\\appcmd.exe");
const QString sc = QStringLiteral("%windir%\\System32\\sc.exe");
const QString wevtutil = QStringLiteral("%windir%\\System32\\wevtutil.exe");
const QString secedit = QStringLiteral("%windir%\\System32\\secedit.exe");
const QString powershell = QStringLiteral("%windir%\\System32\\WindowsPowerShell\\v1.0\\powershell.exe");
const QString outEnv = QStringLiteral("NDES_DOCTOR_OUT");
const QString accountEnv = QStringLiteral("NDES_DOCTOR_ACCOUNT");

Acquisition command(const QString &program, const QStringList &arguments, const QString &part = {})
{
    Acquisition a;
    a.kind = Acquisition::Command;
    a.program = program;
    a.arguments = arguments;
    a.part = part;
    return a;
}

Acquisition psScript(const QString &script, const QString &part = {})
{
    return command(powershell, {QStringLiteral("-NoProfile"), QStringLiteral("-NonInteractive"),
                                QStringLiteral("-ExecutionPolicy"), QStringLiteral("Bypass"),
                                QStringLiteral("-Command"), script}, part);
}

Acquisition registry(const QString &key, const QStringList &values, const QString &part = {})
{
    Acquisition a;
    a.kind = Acquisition::Registry;
    a.path = QStringLiteral("HKEY_LOCAL_MACHINE\\") + key;
    a.valueNames = values;
    a.part = part;
    return a;
}

Acquisition file(const QString &path, const QString &part = {})
{
    Acquisition a;
    a.kind = Acquisition::File;
    a.path = path;
    a.part = part;
    return a;
}

// Exports every certificate of a LocalMachine store as <thumbprint>.cer (DER) into $env:NDES_DOCTOR_OUT;
// for My, also private-keys.txt: the thumbprints of the certificates that have a private key.
Acquisition storeExport(const QString &store, bool listKeys)
{
    QString script = QStringLiteral(
        "$ErrorActionPreference = 'Stop'; $out = $env:NDES_DOCTOR_OUT; $keys = @(); "
        "foreach ($c in Get-ChildItem -Path 'Cert:\\LocalMachine\\%1') { "
        "[System.IO.File]::WriteAllBytes((Join-Path $out ($c.Thumbprint + '.cer')), $c.RawData); "
        "if ($c.HasPrivateKey) { $keys += $c.Thumbprint } }").arg(store);
    if (listKeys)
        script += QStringLiteral("; [System.IO.File]::WriteAllLines((Join-Path $out 'private-keys.txt'), [string[]]$keys)");
    Acquisition a = psScript(script);
    a.outputIsFolder = true;
    a.environmentName = outEnv;
    return a;
}

// The AD state of the SCEP app pool identity. The name comes from $env:NDES_DOCTOR_ACCOUNT when the caller
// knows it, else from appcmd's processModel.userName (never /text:*, which would print the password).
const QString adScript = QStringLiteral(
    "$ErrorActionPreference = 'Stop'; $n = $env:NDES_DOCTOR_ACCOUNT; "
    "if (-not $n) { $n = (& (Join-Path $env:windir 'System32\\inetsrv\\appcmd.exe') list apppool 'SCEP' /text:processModel.userName | Out-String).Trim() }; "
    "if (-not $n) { throw 'The SCEP app pool has no specific user identity' }; "
    "$sam = ($n -split '\\\\')[-1]; Import-Module ActiveDirectory; "
    "$p = @('Enabled','LockedOut','PasswordExpired','AccountExpirationDate','PasswordLastSet','PasswordNeverExpires'); "
    "if ($sam.EndsWith('$')) { $a = Get-ADServiceAccount -Identity $sam -Properties $p } "
    "else { $a = Get-ADUser -Identity $sam -Properties $p }; "
    "$a | Select-Object -Property (@('SamAccountName','ObjectClass') + $p) | ConvertTo-Json -Compress");

QList<FactSpec> makeCatalogue()
{
    QList<FactSpec> c;
    const auto single = [&c](const QString &id, const QString &fileName, QList<Acquisition> acq) {
        c.append(FactSpec{id, fileName, false, std::move(acq)});
    };
    const auto multi = [&c](const QString &id, QList<Acquisition> acq) {
        c.append(FactSpec{id, id, true, std::move(acq)});
    };

    single(QStringLiteral("appcmd.apppool.list"), QStringLiteral("appcmd.apppool.list.txt"),
           {command(appcmd, {QStringLiteral("list"), QStringLiteral("apppool")})});
    single(QStringLiteral("appcmd.apppool.scep.state"), QStringLiteral("appcmd.apppool.scep.state.txt"),
           {command(appcmd, {QStringLiteral("list"), QStringLiteral("apppool"), QStringLiteral("SCEP"),
                             QStringLiteral("/text:state")})});
    single(QStringLiteral("appcmd.config.requestfiltering"), QStringLiteral("appcmd.config.requestfiltering.xml"),
           {command(appcmd, {QStringLiteral("list"), QStringLiteral("config"), QStringLiteral("Default Web Site"),
                             QStringLiteral("/section:system.webServer/security/requestFiltering")})});
    multi(QStringLiteral("appcmd.config.auth.certregsvc"),
          {command(appcmd, {QStringLiteral("list"), QStringLiteral("config"),
                            QStringLiteral("Default Web Site/CertificateRegistrationSvc"),
                            QStringLiteral("/section:system.webServer/security/authentication/anonymousAuthentication")},
                   QStringLiteral("anonymousAuthentication.xml")),
           command(appcmd, {QStringLiteral("list"), QStringLiteral("config"),
                            QStringLiteral("Default Web Site/CertificateRegistrationSvc"),
                            QStringLiteral("/section:system.webServer/security/authentication/windowsAuthentication")},
                   QStringLiteral("windowsAuthentication.xml"))});
    single(QStringLiteral("file.applicationhost.config"), QStringLiteral("applicationHost.config"),
           {file(QStringLiteral("%windir%\\System32\\inetsrv\\config\\applicationHost.config"))});
    single(QStringLiteral("file.web.config.site"), QStringLiteral("web.config"),
           {file(QStringLiteral("%SystemDrive%\\inetpub\\wwwroot\\web.config"))});
    // The mscep application's own web.config: under the site's folder, or where NDES puts the application.
    single(QStringLiteral("file.web.config.mscep"), QStringLiteral("mscep.web.config"),
           {file(QStringLiteral("%SystemDrive%\\inetpub\\wwwroot\\certsrv\\mscep\\web.config")),
            file(QStringLiteral("%windir%\\System32\\CertSrv\\mscep\\web.config"))});
    single(QStringLiteral("sc.query.wapcsvc"), QStringLiteral("sc.query.wapcsvc.txt"),
           {command(sc, {QStringLiteral("query"), QStringLiteral("WAPCSvc")})});
    single(QStringLiteral("sc.qc.wapcsvc"), QStringLiteral("sc.qc.wapcsvc.txt"),
           {command(sc, {QStringLiteral("qc"), QStringLiteral("WAPCSvc")})});
    single(QStringLiteral("reg.http.parameters"), QStringLiteral("reg.http.parameters.json"),
           {registry(QStringLiteral("SYSTEM\\CurrentControlSet\\Services\\HTTP\\Parameters"),
                     {QStringLiteral("MaxFieldLength"), QStringLiteral("MaxRequestBytes")})});
    multi(QStringLiteral("reg.mscep"),
          {registry(QStringLiteral("SOFTWARE\\Microsoft\\Cryptography\\MSCEP"),
                    {QStringLiteral("SignatureTemplate"), QStringLiteral("EncryptionTemplate"),
                     QStringLiteral("GeneralPurposeTemplate")},
                    QStringLiteral("MSCEP.json")),
           registry(QStringLiteral("SOFTWARE\\Microsoft\\Cryptography\\MSCEP\\Modules\\NDESPolicy"),
                    {QStringLiteral("NDESCertThumbprint")}, QStringLiteral("NDESPolicy.json"))});
    multi(QStringLiteral("reg.intune.connector"),
          {registry(QStringLiteral("SOFTWARE\\Microsoft\\MicrosoftIntune\\NDESConnector"), {},
                    QStringLiteral("NDESConnector.json")),
           registry(QStringLiteral("SOFTWARE\\Microsoft\\MicrosoftIntune\\PFXCertificateConnector"), {},
                    QStringLiteral("PFXCertificateConnector.json"))});

    Acquisition sec = command(secedit, {QStringLiteral("/export"), QStringLiteral("/cfg"), QStringLiteral("%OUT%"),
                                        QStringLiteral("/areas"), QStringLiteral("USER_RIGHTS")});
    sec.outputIsFile = true;
    single(QStringLiteral("secedit.user_rights"), QStringLiteral("secedit.user_rights.inf"), {sec});

    multi(QStringLiteral("store.root"), {storeExport(QStringLiteral("Root"), false)});
    multi(QStringLiteral("store.my"), {storeExport(QStringLiteral("My"), true)});

    single(QStringLiteral("events.application.1000"), QStringLiteral("events.application.1000.xml"),
           {command(wevtutil, {QStringLiteral("qe"), QStringLiteral("Application"),
                               QStringLiteral("/q:*[System[(EventID=1000)]]"), QStringLiteral("/f:xml"),
                               QStringLiteral("/c:50"), QStringLiteral("/rd:true")})});
    multi(QStringLiteral("events.connector"),
          {command(wevtutil, {QStringLiteral("qe"), QStringLiteral("Microsoft-Intune-CertificateConnectors/Admin"),
                              QStringLiteral("/f:xml"), QStringLiteral("/c:200"), QStringLiteral("/rd:true")},
                   QStringLiteral("Admin.xml")),
           command(wevtutil, {QStringLiteral("qe"), QStringLiteral("Microsoft-Intune-CertificateConnectors/Operational"),
                              QStringLiteral("/f:xml"), QStringLiteral("/c:200"), QStringLiteral("/rd:true")},
                   QStringLiteral("Operational.xml"))});
    multi(QStringLiteral("file.setupmsi.log"),
          {file(QStringLiteral("%SystemDrive%\\NDESConnectorSetup\\SetupMsi.log"),
                QStringLiteral("NDESConnectorSetup.SetupMsi.log")),
           file(QStringLiteral("%SystemDrive%\\NDESConnectorSetupMsi\\SetupMsi.log"),
                QStringLiteral("NDESConnectorSetupMsi.SetupMsi.log"))});

    Acquisition ad = psScript(adScript);
    ad.environmentName = accountEnv;
    single(QStringLiteral("ad.service-account"), QStringLiteral("ad.service-account.json"), {ad});
    return c;
}

} // namespace

const QList<FactSpec> &factCatalogue()
{
    static const QList<FactSpec> catalogue = makeCatalogue();
    return catalogue;
}

std::optional<FactSpec> findFact(QStringView id)
{
    for (const FactSpec &f : factCatalogue()) {
        if (f.id == id)
            return f;
    }
    return std::nullopt;
}

QString expandWindowsPath(const QString &path, const QProcessEnvironment &env, bool redirectedProcess)
{
    static const QRegularExpression var(QStringLiteral("%([A-Za-z0-9_()]+)%"));
    QString out;
    qsizetype last = 0;
    auto it = var.globalMatch(path);
    while (it.hasNext()) {
        const auto m = it.next();
        out += path.mid(last, m.capturedStart() - last);
        const QString name = m.captured(1);
        QString value;
        if (name.compare(QLatin1String("windir"), Qt::CaseInsensitive) == 0
            || name.compare(QLatin1String("SystemRoot"), Qt::CaseInsensitive) == 0) {
            value = env.value(QStringLiteral("windir"), env.value(QStringLiteral("SystemRoot")));
        } else if (name.compare(QLatin1String("SystemDrive"), Qt::CaseInsensitive) == 0) {
            value = env.value(QStringLiteral("SystemDrive"));
        } else if (name.compare(QLatin1String("ProgramFiles"), Qt::CaseInsensitive) == 0) {
            // A 32-bit process sees the x86 folder in ProgramFiles; ProgramW6432 is the 64-bit one.
            value = redirectedProcess ? env.value(QStringLiteral("ProgramW6432"), env.value(QStringLiteral("ProgramFiles")))
                                      : env.value(QStringLiteral("ProgramFiles"));
        }
        if (value.isEmpty() && !env.value(name).isEmpty())
            value = env.value(name);
        out += value.isEmpty() ? m.captured(0) : value;
        last = m.capturedEnd();
    }
    out += path.mid(last);
    if (redirectedProcess) {
        const QString windir = env.value(QStringLiteral("windir"), env.value(QStringLiteral("SystemRoot")));
        if (!windir.isEmpty()) {
            const QString sys32 = windir + QStringLiteral("\\System32");
            if (out.startsWith(sys32, Qt::CaseInsensitive)
                && (out.size() == sys32.size() || out.at(sys32.size()) == QLatin1Char('\\')))
                out = windir + QStringLiteral("\\Sysnative") + out.mid(sys32.size());
        }
    }
    return out;
}

QString commandLine(const QString &program, const QStringList &arguments)
{
    const auto quote = [](const QString &s) {
        if (!s.isEmpty() && !s.contains(QLatin1Char(' ')) && !s.contains(QLatin1Char('"')))
            return s;
        QString q = s;
        q.replace(QLatin1String("\""), QLatin1String("\\\""));
        return QLatin1Char('"') + q + QLatin1Char('"');
    };
    QStringList parts{quote(program)};
    for (const QString &a : arguments)
        parts.append(quote(a));
    return parts.join(QLatin1Char(' '));
}

QByteArray registryJson(const QString &keyPath, bool found, const QList<RegistryValue> &values)
{
    QJsonArray list;
    for (const RegistryValue &v : values) {
        QJsonObject o{{QStringLiteral("name"), v.name}, {QStringLiteral("type"), v.type}};
        if (v.type == QLatin1String("number"))
            o.insert(QStringLiteral("value"), double(v.number));
        else if (v.type == QLatin1String("strings"))
            o.insert(QStringLiteral("value"), QJsonArray::fromStringList(v.strings));
        else
            o.insert(QStringLiteral("value"), v.text);
        list.append(o);
    }
    const QJsonObject root{{QStringLiteral("key"), keyPath}, {QStringLiteral("found"), found},
                           {QStringLiteral("values"), list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace ndes::facts
