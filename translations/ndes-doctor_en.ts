<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>CheckText</name>
    <message>
        <location filename="../wizard/checktexts.cpp" line="66"/>
        <source>%1 at %2 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="77"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="77"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="82"/>
        <source>&quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="99"/>
        <source>signing certificate (Exchange Enrollment Agent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="101"/>
        <source>encryption certificate (CEP Encryption)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="103"/>
        <source>RA signing certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="105"/>
        <source>RA encryption certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="107"/>
        <source>connector certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="124"/>
        <source>the facts this check reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="144"/>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="152"/>
        <source>Not checked: %1 was not found among the facts read from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="154"/>
        <source>Not checked: %1 cannot be read on this computer; local checks need the NDES server itself (Windows) or a snapshot taken there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="160"/>
        <source>Not checked: %1 was found but could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="161"/>
        <source>Not checked: %1 was found but could not be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="164"/>
        <source>Not checked yet: this check downloads the CRLs over the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="166"/>
        <source>Not checked: this version of NDES Doctor does not know this check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="175"/>
        <source>The %1 application pool is started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="177"/>
        <source>The %1 application pool is stopped, so IIS answers 503 to every SCEP request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="179"/>
        <source>The %1 application pool is stopping: it no longer serves SCEP requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="181"/>
        <source>The %1 application pool is still starting: look again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="183"/>
        <source>IIS did not give a known state for the %1 application pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="185"/>
        <source>IIS has no application pool named %1: the NDES role is not installed, or its pool was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/checktexts.cpp" line="196"/>
        <source>The IIS worker process (w3wp.exe) did not crash in the last %n day(s).</source>
        <translation>
            <numerusform>The IIS worker process (w3wp.exe) did not crash in the last day.</numerusform>
            <numerusform>The IIS worker process (w3wp.exe) did not crash in the last %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/checktexts.cpp" line="198"/>
        <source>No recent crash of w3wp.exe: the newest one, on %1, is older than %n day(s).</source>
        <translation>
            <numerusform>No recent crash of w3wp.exe: the newest one, on %1, is older than %n day.</numerusform>
            <numerusform>No recent crash of w3wp.exe: the newest one, on %1, is older than %n days.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="202"/>
        <source>unknown module</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/checktexts.cpp" line="204"/>
        <source>The IIS worker process (w3wp.exe) crashed %n time(s) in the last %1 days, last on %2 (faulting module: %3).</source>
        <translation>
            <numerusform>The IIS worker process (w3wp.exe) crashed once in the last %1 days, on %2 (faulting module: %3).</numerusform>
            <numerusform>The IIS worker process (w3wp.exe) crashed %n times in the last %1 days, last on %2 (faulting module: %3).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="216"/>
        <source>Not checked: the export of the trusted root store holds no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/checktexts.cpp" line="218"/>
        <source>The %n certificate(s) in the trusted root store are all self-signed roots.</source>
        <translation>
            <numerusform>The certificate in the trusted root store is a self-signed root.</numerusform>
            <numerusform>The %n certificates in the trusted root store are all self-signed roots.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/checktexts.cpp" line="224"/>
        <source>The trusted root store holds %n certificate(s) that are not roots, such as %1: they belong in the intermediate store, and IIS cannot start the SCEP pool meanwhile.</source>
        <translation>
            <numerusform>The trusted root store holds a certificate that is not a root, %1: it belongs in the intermediate store, and IIS cannot start the SCEP pool meanwhile.</numerusform>
            <numerusform>The trusted root store holds %n certificates that are not roots, such as %1: they belong in the intermediate store, and IIS cannot start the SCEP pool meanwhile.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="237"/>
        <source>Not checked: neither the NDES RA certificates nor the connector certificate were found, so there is no CRL address to test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="240"/>
        <source>Not checked: the NDES certificates name no CRL distribution point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="242"/>
        <source>Not checked: the certificates name no CRL address that can be downloaded over HTTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/checktexts.cpp" line="245"/>
        <source>%n CRL(s) could not be downloaded, such as %1: the SCEP pool fails when it checks its certificates.</source>
        <translation>
            <numerusform>The CRL %1 could not be downloaded: the SCEP pool fails when it checks its certificates.</numerusform>
            <numerusform>%n CRLs could not be downloaded, such as %1: the SCEP pool fails when it checks its certificates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/checktexts.cpp" line="252"/>
        <source>%n CRL(s) are past their next update date, such as %1: the CA must publish them again.</source>
        <translation>
            <numerusform>The CRL %1 is past its next update date: the CA must publish it again.</numerusform>
            <numerusform>%n CRLs are past their next update date, such as %1: the CA must publish them again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/checktexts.cpp" line="259"/>
        <source>%n address(es) answered with something that is not a CRL, such as %1.</source>
        <translation>
            <numerusform>The address %1 answered with something that is not a CRL.</numerusform>
            <numerusform>%n addresses answered with something that is not a CRL, such as %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/checktexts.cpp" line="264"/>
        <source>The CRLs downloaded over HTTP are up to date, but %n LDAP address(es) could not be tested from here.</source>
        <translation>
            <numerusform>The CRLs downloaded over HTTP are up to date, but %n LDAP address could not be tested from here.</numerusform>
            <numerusform>The CRLs downloaded over HTTP are up to date, but %n LDAP addresses could not be tested from here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/checktexts.cpp" line="268"/>
        <source>All %n CRL(s) were downloaded and are up to date.</source>
        <translation>
            <numerusform>The CRL was downloaded and is up to date.</numerusform>
            <numerusform>All %n CRLs were downloaded and are up to date.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="277"/>
        <source>Not checked: IIS has no CertificateRegistrationSvc application under the Default Web Site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="280"/>
        <source>Windows authentication is on for CertificateRegistrationSvc: it must be off, with anonymous authentication on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="283"/>
        <source>Anonymous authentication is off for CertificateRegistrationSvc: it must be on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="285"/>
        <source>Not checked: the authentication settings of CertificateRegistrationSvc were not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="288"/>
        <source>CertificateRegistrationSvc uses anonymous authentication only, as it should.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="297"/>
        <source>Not checked: the application proxy connector service (WAPCSvc) is not installed on this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="300"/>
        <source>The application proxy connector service (WAPCSvc) is not running (state: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="303"/>
        <source>The application proxy connector service (WAPCSvc) is running but does not start automatically (start type: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="307"/>
        <source>The application proxy connector service (WAPCSvc) is running and starts automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="312"/>
        <source>The application proxy connector service (WAPCSvc) is running, but its start type could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="321"/>
        <source>The request filtering limits are too low for SCEP: maxUrl is %1 and maxQueryString is %2, and both must be at least %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="325"/>
        <source>Request filtering lets long SCEP requests through (maxUrl %1, maxQueryString %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="337"/>
        <source>The HTTP.sys limits are too low (%1); they must be at least %2, or long SCEP requests are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="342"/>
        <source>Not set in the registry: %1. HTTP.sys then uses its default of 16 KB, too small for long SCEP requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="346"/>
        <source>The HTTP.sys limits are high enough (MaxFieldLength %1, MaxRequestBytes %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="357"/>
        <source>Not checked: the SCEP pool runs as the built-in identity %1, which cannot be locked out and has no password to expire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="361"/>
        <source>The NDES service account %1 is disabled in Active Directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="363"/>
        <source>The NDES service account %1 is locked out in Active Directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="365"/>
        <source>The password of the NDES service account %1 has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="367"/>
        <source>The NDES service account %1 expired on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="370"/>
        <source>The NDES service account %1 is enabled and not locked out, and its password is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/checktexts.cpp" line="385"/>
        <source>Both NDES RA certificates are valid and have their private key; the first one expires in %n day(s).</source>
        <translation>
            <numerusform>Both NDES RA certificates are valid and have their private key; the first one expires in %n day.</numerusform>
            <numerusform>Both NDES RA certificates are valid and have their private key; the first one expires in %n days.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="395"/>
        <source>The NDES RA %1 is missing from the computer&apos;s personal store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="397"/>
        <source>The NDES RA %1 expired on %2, so NDES cannot sign or decrypt SCEP messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="400"/>
        <source>The NDES RA %1 has no private key on this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="402"/>
        <source>The NDES RA %1 is not valid yet: check the server&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/checktexts.cpp" line="404"/>
        <source>The NDES RA %1 expires on %2, in %n day(s): renew it before then.</source>
        <translation>
            <numerusform>The NDES RA %1 expires on %2, in %n day: renew it before then.</numerusform>
            <numerusform>The NDES RA %1 expires on %2, in %n days: renew it before then.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="424"/>
        <source>Not checked: no installation log (SetupMsi.log) of the Intune Certificate Connector was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="427"/>
        <source>Not checked: the installation logs of the Intune Certificate Connector could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="431"/>
        <source>The Intune Certificate Connector was installed successfully.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="432"/>
        <source>The Intune Certificate Connector (version %1) was installed successfully.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="435"/>
        <source>The installation of the Intune Certificate Connector failed (see %1): NDES runs without its policy module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="439"/>
        <source>The installation of the Intune Certificate Connector was cancelled before it finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="442"/>
        <source>The installation log of the Intune Certificate Connector does not say whether it succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="451"/>
        <source>IIS_IUSRS holds the right &quot;Impersonate a client after authentication&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="453"/>
        <source>IIS_IUSRS (S-1-5-32-568) lacks the right &quot;Impersonate a client after authentication&quot; (SeImpersonatePrivilege): IIS answers 500 with status 1346.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="456"/>
        <source>The local policy gives the right &quot;Impersonate a client after authentication&quot; (SeImpersonatePrivilege) to nobody: IIS_IUSRS needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="499"/>
        <source>Fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="500"/>
        <source>Fact status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="501"/>
        <source>Read from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="502"/>
        <source>Configuration read from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="503"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="504"/>
        <source>Application pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="505"/>
        <source>Application pools found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="506"/>
        <location filename="../wizard/checktexts.cpp" line="697"/>
        <location filename="../wizard/checktexts.cpp" line="713"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="507"/>
        <source>State as printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="508"/>
        <source>Exit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="509"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="510"/>
        <source>User right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="511"/>
        <source>SID looked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="512"/>
        <source>Holders of the right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="513"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="514"/>
        <source>Error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="515"/>
        <source>Start type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="516"/>
        <source>Start type as printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="517"/>
        <source>Delayed start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="518"/>
        <source>maxUrl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="519"/>
        <source>maxQueryString</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="520"/>
        <source>maxUrl set in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="521"/>
        <source>maxQueryString set in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="522"/>
        <source>Minimum needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="523"/>
        <source>Configuration problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="524"/>
        <source>Registry key found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="525"/>
        <source>MaxFieldLength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="526"/>
        <source>MaxRequestBytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="527"/>
        <source>Below the minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="528"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="529"/>
        <source>IIS path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="530"/>
        <source>Anonymous authentication on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="531"/>
        <source>Windows authentication on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="532"/>
        <source>Anonymous authentication set in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="533"/>
        <source>Windows authentication set in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="534"/>
        <source>Warning when fewer days left than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="535"/>
        <source>Private keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="536"/>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="537"/>
        <source>Unreadable files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="538"/>
        <source>Days looked back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="539"/>
        <source>Looked back to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="540"/>
        <source>Crashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="541"/>
        <source>Newest crash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="542"/>
        <source>Faulting module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="543"/>
        <source>Exception code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="544"/>
        <source>Event record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="545"/>
        <source>Older crashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="546"/>
        <source>Newest older crash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="547"/>
        <source>Pool identity type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="548"/>
        <source>Pool identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="549"/>
        <source>Built-in identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="550"/>
        <source>Account kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="551"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="552"/>
        <source>Distinguished name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="553"/>
        <source>Password managed by Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="554"/>
        <source>Account expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="555"/>
        <source>Password last set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="556"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="557"/>
        <source>Connector certificate thumbprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="558"/>
        <source>Checked at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="559"/>
        <source>LDAP addresses not tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="560"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="561"/>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="562"/>
        <source>Thumbprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="563"/>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="564"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="565"/>
        <source>Private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="566"/>
        <source>Found by template name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="567"/>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="568"/>
        <source>Self-issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="569"/>
        <source>Self-signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="570"/>
        <source>CRL addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="571"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="572"/>
        <source>HTTP status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="573"/>
        <source>Network error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="574"/>
        <source>Timeout (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="575"/>
        <source>CRL published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="576"/>
        <source>Next update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="577"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="578"/>
        <source>Deciding lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="579"/>
        <source>Known signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="580"/>
        <source>Log complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="592"/>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="594"/>
        <source>expiring soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="596"/>
        <source>not valid yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="598"/>
        <source>no private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="600"/>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="602"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="609"/>
        <source>up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="611"/>
        <source>past its next update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="613"/>
        <source>could not be downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="615"/>
        <source>not a CRL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="622"/>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="624"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="626"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="628"/>
        <source>outcome unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="630"/>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="652"/>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="654"/>
        <source>reading failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="656"/>
        <source>not available here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="658"/>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="664"/>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="666"/>
        <source>locked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="668"/>
        <source>password expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="670"/>
        <source>account expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="677"/>
        <source>not listed in the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="679"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="697"/>
        <location filename="../wizard/checktexts.cpp" line="703"/>
        <location filename="../wizard/checktexts.cpp" line="713"/>
        <location filename="../wizard/checktexts.cpp" line="718"/>
        <location filename="../wizard/checktexts.cpp" line="727"/>
        <location filename="../wizard/checktexts.cpp" line="734"/>
        <location filename="../wizard/checktexts.cpp" line="743"/>
        <location filename="../wizard/checktexts.cpp" line="862"/>
        <location filename="../wizard/checktexts.cpp" line="864"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="709"/>
        <source>Days left: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/checktexts.cpp" line="710"/>
        <source>Expired %n day(s) ago</source>
        <translation>
            <numerusform>Expired %n day ago</numerusform>
            <numerusform>Expired %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="734"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="738"/>
        <location filename="../wizard/checktexts.cpp" line="845"/>
        <location filename="../wizard/checktexts.cpp" line="852"/>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="752"/>
        <source>SCEP application pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="754"/>
        <source>IIS worker process crashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="756"/>
        <source>Trusted root store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="758"/>
        <source>Certificate revocation lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="760"/>
        <source>CertificateRegistrationSvc authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="762"/>
        <source>Application proxy connector service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="764"/>
        <source>IIS request filtering limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="766"/>
        <source>HTTP.sys request limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="768"/>
        <source>NDES service account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="770"/>
        <source>NDES RA certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="772"/>
        <source>Intune Certificate Connector installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="774"/>
        <source>Impersonation right of IIS_IUSRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="781"/>
        <source>Is the SCEP application pool in IIS started?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="783"/>
        <source>Did the IIS worker process (w3wp.exe) crash recently (event 1000 in the Application log)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="786"/>
        <source>Does the computer&apos;s trusted root store hold only self-signed root certificates?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="788"/>
        <source>Can the CRLs named in the NDES and connector certificates be downloaded, and are they up to date?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="791"/>
        <source>Does CertificateRegistrationSvc use anonymous authentication, with Windows authentication off?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="794"/>
        <source>Is the application proxy connector service (WAPCSvc) running, and does it start automatically?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="797"/>
        <source>Do the IIS request filtering limits (maxUrl, maxQueryString) let long SCEP requests through?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="800"/>
        <source>Are the HTTP.sys limits MaxFieldLength and MaxRequestBytes raised to 65534 in the registry?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="803"/>
        <source>Is the account the SCEP pool runs as usable: not locked out, disabled or expired?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="805"/>
        <source>Are both NDES RA certificates present, valid for more than 30 days, and with their private key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="808"/>
        <source>Did the installation of the Intune Certificate Connector succeed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="810"/>
        <source>Does IIS_IUSRS hold the right &quot;Impersonate a client after authentication&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="817"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="818"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="819"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="820"/>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="834"/>
        <source>%1: %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="848"/>
        <source>Not a root certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="857"/>
        <source>CRL download:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="860"/>
        <source>Installation log:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectorText</name>
    <message numerus="yes">
        <location filename="../wizard/connectortexts.cpp" line="50"/>
        <source>The connector logged a failed SCEP request at issuance (event 4001, ScepRequestIssuedFailure), %n time(s).</source>
        <translation>
            <numerusform>The connector logged a failed SCEP request at issuance (event 4001, ScepRequestIssuedFailure), %n time.</numerusform>
            <numerusform>The connector logged a failed SCEP request at issuance (event 4001, ScepRequestIssuedFailure), %n times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/connectortexts.cpp" line="51"/>
        <source>The connector logged a failed SCEP request upload (event 4002, ScepRequestUploadFailure), %n time(s).</source>
        <translation>
            <numerusform>The connector logged a failed SCEP request upload (event 4002, ScepRequestUploadFailure), %n time.</numerusform>
            <numerusform>The connector logged a failed SCEP request upload (event 4002, ScepRequestUploadFailure), %n times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/connectortexts.cpp" line="52"/>
        <source>The connector could not verify a SCEP request (event 4005, ScepVerifyFailure), %n time(s).</source>
        <translation>
            <numerusform>The connector could not verify a SCEP request (event 4005, ScepVerifyFailure), %n time.</numerusform>
            <numerusform>The connector could not verify a SCEP request (event 4005, ScepVerifyFailure), %n times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/connectortexts.cpp" line="53"/>
        <source>Issuing the certificate failed after the request was verified (event 4007, ScepIssuedFailure), %n time(s).</source>
        <translation>
            <numerusform>Issuing the certificate failed after the request was verified (event 4007, ScepIssuedFailure), %n time.</numerusform>
            <numerusform>Issuing the certificate failed after the request was verified (event 4007, ScepIssuedFailure), %n times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/connectortexts.cpp" line="54"/>
        <source>An attempt to notify Intune of an issued certificate failed (event 4009, ScepNotifyAttemptFailed), %n time(s).</source>
        <translation>
            <numerusform>An attempt to notify Intune of an issued certificate failed (event 4009, ScepNotifyAttemptFailed), %n time.</numerusform>
            <numerusform>An attempt to notify Intune of an issued certificate failed (event 4009, ScepNotifyAttemptFailed), %n times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/connectortexts.cpp" line="55"/>
        <source>The connector could not save a notification for Intune to disk (event 4010, ScepNotifySaveToDiskFailed), %n time(s).</source>
        <translation>
            <numerusform>The connector could not save a notification for Intune to disk (event 4010, ScepNotifySaveToDiskFailed), %n time.</numerusform>
            <numerusform>The connector could not save a notification for Intune to disk (event 4010, ScepNotifySaveToDiskFailed), %n times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/connectortexts.cpp" line="57"/>
        <source>The connector logged event %1 with level %2, %n time(s).</source>
        <translation>
            <numerusform>The connector logged event %1 with level %2, %n time.</numerusform>
            <numerusform>The connector logged event %1 with level %2, %n times.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/connectortexts.cpp" line="74"/>
        <source>The connector&apos;s registration service (CertificateRegistrationSvc) refused the policy module&apos;s check with HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/connectortexts.cpp" line="75"/>
        <source>The connector&apos;s registration service (CertificateRegistrationSvc) refused the policy module&apos;s check with HTTP %1: &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/connectortexts.cpp" line="78"/>
        <source>The connector&apos;s registration service answered the policy module&apos;s check with an error page: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/connectortexts.cpp" line="79"/>
        <source>The connector&apos;s registration service answered the policy module&apos;s check with an error page, HTTP %1: &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/connectortexts.cpp" line="82"/>
        <source>The policy module&apos;s check got an answer that is neither true nor false: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/connectortexts.cpp" line="85"/>
        <source>The policy module refused the server&apos;s certificate when it called the registration service (error 12175): the name in the certificate does not match the name it called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/connectortexts.cpp" line="86"/>
        <source>The policy module could not set up a secure connection to the registration service (error 12175): it does not accept the server&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/connectortexts.cpp" line="89"/>
        <source>The policy module could not send its request %1 (WinHTTP error %2), %n time(s).</source>
        <translation>
            <numerusform>The policy module could not send its request %1 (WinHTTP error %2), %n time.</numerusform>
            <numerusform>The policy module could not send its request %1 (WinHTTP error %2), %n times.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/connectortexts.cpp" line="92"/>
        <source>The log stops right after the policy module sent its request to the registration service: no answer came back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/connectortexts.cpp" line="93"/>
        <source>The policy module sent its request to the registration service and no answer was logged, %n time(s).</source>
        <translation>
            <numerusform>The policy module sent its request to the registration service and no answer was logged, %n time.</numerusform>
            <numerusform>The policy module sent its request to the registration service and no answer was logged, %n times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/connectortexts.cpp" line="98"/>
        <source>The registration service rejected the request&apos;s challenge, %n time(s).</source>
        <translation>
            <numerusform>The registration service rejected the request&apos;s challenge, %n time.</numerusform>
            <numerusform>The registration service rejected the request&apos;s challenge, %n times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/connectortexts.cpp" line="101"/>
        <source>Validation phase %1 of the challenge check failed, %n time(s).</source>
        <translation>
            <numerusform>Validation phase %1 of the challenge check failed, %n time.</numerusform>
            <numerusform>Validation phase %1 of the challenge check failed, %n times.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/connectortexts.cpp" line="103"/>
        <source>The policy module&apos;s check ended with error code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/connectortexts.cpp" line="105"/>
        <source>The registration service could not retrieve its signing certificate, so it cannot check challenges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/connectortexts.cpp" line="107"/>
        <source>The registration service failed on an invalid certificate handle (m_safeCertContext) while checking a challenge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/connectortexts.cpp" line="109"/>
        <source>The connector&apos;s trace holds %n other error(s).</source>
        <translation>
            <numerusform>The connector&apos;s trace holds %n other error.</numerusform>
            <numerusform>The connector&apos;s trace holds %n other errors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/connectortexts.cpp" line="111"/>
        <source>The policy module could not report an issued certificate to Intune (code %1), %n time(s).</source>
        <translation>
            <numerusform>The policy module could not report an issued certificate to Intune (code %1), %n time.</numerusform>
            <numerusform>The policy module could not report an issued certificate to Intune (code %1), %n times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/connectortexts.cpp" line="113"/>
        <source>The export holds %n SCEP event(s) of the connector.</source>
        <translation>
            <numerusform>The export holds %n SCEP event of the connector.</numerusform>
            <numerusform>The export holds %n SCEP events of the connector.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/connectortexts.cpp" line="115"/>
        <source>This log shows no SCEP request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/connectortexts.cpp" line="117"/>
        <source>%n record(s) of this log could not be read.</source>
        <translation>
            <numerusform>%n record of this log could not be read.</numerusform>
            <numerusform>%n records of this log could not be read.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/connectortexts.cpp" line="126"/>
        <source>NDESPlugin.log (policy module)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/connectortexts.cpp" line="127"/>
        <source>Connector trace (.svclog)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/connectortexts.cpp" line="128"/>
        <source>Connector events 4000 to 4010</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/connectortexts.cpp" line="136"/>
        <source>Challenge verified for the policy module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/connectortexts.cpp" line="137"/>
        <source>Certificate issued by the CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/connectortexts.cpp" line="138"/>
        <source>Certificate delivered to the device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/connectortexts.cpp" line="139"/>
        <source>Issuance reported to Intune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/connectortexts.cpp" line="147"/>
        <source>started, no outcome logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/connectortexts.cpp" line="148"/>
        <source>reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/connectortexts.cpp" line="149"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/connectortexts.cpp" line="162"/>
        <source>%1: succeeded %n time(s).</source>
        <translation>
            <numerusform>%1: succeeded %n time.</numerusform>
            <numerusform>%1: succeeded %n times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/connectortexts.cpp" line="163"/>
        <source>%1: succeeded last time, after %n failure(s).</source>
        <translation>
            <numerusform>%1: succeeded last time, after %n failure.</numerusform>
            <numerusform>%1: succeeded last time, after %n failures.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/connectortexts.cpp" line="166"/>
        <source>%1: failed %n time(s), never succeeded.</source>
        <translation>
            <numerusform>%1: failed %n time, never succeeded.</numerusform>
            <numerusform>%1: failed %n times, never succeeded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/connectortexts.cpp" line="167"/>
        <source>%1: failed last time, after %n success(es).</source>
        <translation>
            <numerusform>%1: failed last time, after %n success.</numerusform>
            <numerusform>%1: failed last time, after %n successes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/connectortexts.cpp" line="169"/>
        <source>%1: started, with no outcome logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/connectortexts.cpp" line="177"/>
        <source>These logs show no SCEP request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/connectortexts.cpp" line="180"/>
        <source>Requests stop at stage %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/connectortexts.cpp" line="183"/>
        <source>The last requests got as far as stage %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceText</name>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="12"/>
        <source>Android</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="13"/>
        <source>iOS / iPadOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="16"/>
        <source>Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="22"/>
        <source>Company Portal log (OMADM.log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="23"/>
        <source>Console text copied from the Mac</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="24"/>
        <source>Console text saved as RTF by TextEdit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="25"/>
        <source>Device syslog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="26"/>
        <source>Windows events exported as XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="29"/>
        <source>Windows events exported as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="35"/>
        <source>Profile received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="36"/>
        <source>Contact with NDES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="37"/>
        <source>GetCACaps answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="38"/>
        <source>GetCACert answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="39"/>
        <source>Certificate request sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="40"/>
        <source>NDES answer (CertRep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="43"/>
        <source>Certificate installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="50"/>
        <source>The device received the SCEP certificate profile from Intune.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="51"/>
        <source>Nothing shows that the device received the SCEP certificate profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="53"/>
        <source>The device reached the NDES server and got an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="54"/>
        <source>Nothing shows that the device got an answer from the NDES server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="56"/>
        <source>NDES told the device which SCEP capabilities it supports (GetCACaps).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="57"/>
        <source>The device did not get the list of SCEP capabilities (GetCACaps).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="59"/>
        <source>The device downloaded the CA and NDES certificates (GetCACert).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="60"/>
        <source>The device did not get usable CA and NDES certificates (GetCACert).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="62"/>
        <source>The device sent its certificate request to NDES.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="63"/>
        <source>Nothing shows that the device sent its certificate request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="65"/>
        <source>NDES answered the certificate request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="66"/>
        <source>No answer from NDES to the certificate request appears in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="69"/>
        <source>The certificate is installed on the device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="70"/>
        <source>The certificate was not installed on the device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="76"/>
        <source>The certification authority issued the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="78"/>
        <source>The request is waiting for approval on the certification authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="82"/>
        <source>The certification authority refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="83"/>
        <source>The certification authority refused the request (reason: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="92"/>
        <source>The server refused the request (HTTP 403 Forbidden).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="95"/>
        <source>The SCEP address was not found (HTTP 404): check the URL in the profile and, with Azure AD Application Proxy, the published URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="98"/>
        <source>NDES failed while handling the request (HTTP 500): look at the NDES server and its logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="101"/>
        <source>NDES was unavailable (HTTP 503): its application pool may be stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="104"/>
        <source>NDES answered with the HTTP error %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="106"/>
        <source>The device could not connect to the NDES address: name resolution, network or proxy problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="109"/>
        <source>The device rejected the answer of NDES as invalid: the certificate chain does not match the trusted root in the profile, or it uses signatures the device refuses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="112"/>
        <source>The device does not trust the certificates presented by the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="115"/>
        <source>The certification authority refused the certificate request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="118"/>
        <source>The request was left waiting for approval and no certificate followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="121"/>
        <source>The device could not obtain its SCEP certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="123"/>
        <source>The certificate could not be installed on the device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="125"/>
        <source>Windows reported a SCEP error; the error code tells why (0x800b0109: the root certificate is not trusted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="127"/>
        <source>The log shows an error during enrollment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="133"/>
        <source>The log shows no certificate enrollment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="135"/>
        <source>The device got through every step: the certificate is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="136"/>
        <source>The device stopped after this step: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnoseText</name>
    <message>
        <location filename="../wizard/texts.cpp" line="448"/>
        <source>Facts from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="449"/>
        <source>URL test:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="450"/>
        <source>not run: no URL was given, so every branch of the tree was checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="451"/>
        <source>Branches walked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="452"/>
        <source>Checks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="453"/>
        <source>Cause:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="454"/>
        <source>no check found a cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="461"/>
        <source>this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="462"/>
        <source>a snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="463"/>
        <source>a training scenario</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingText</name>
    <message>
        <location filename="../wizard/texts.cpp" line="85"/>
        <source>HTTP.sys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="87"/>
        <source>IIS request filtering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="88"/>
        <source>the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="247"/>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="248"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="249"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="265"/>
        <source>%1 failed with HTTP %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="266"/>
        <source>%1 failed with HTTP %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="270"/>
        <source>%1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="271"/>
        <source>%1 failed: %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="274"/>
        <source>Capabilities announced by the server: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="276"/>
        <source>GetCACaps answered, but announced no capability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="278"/>
        <source>The server does not announce POSTPKIOperation: devices send their requests inside the URL, so the long-URL limits matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="282"/>
        <source>%1 certificate &quot;%2&quot;, issued by &quot;%3&quot;, valid from %4 to %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/texts.cpp" line="287"/>
        <source>%1: expired %n day(s) ago.</source>
        <translation>
            <numerusform>%1: expired %n day ago.</numerusform>
            <numerusform>%1: expired %n days ago.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/texts.cpp" line="288"/>
        <source>%1: %n day(s) left.</source>
        <translation>
            <numerusform>%1: %n day left.</numerusform>
            <numerusform>%1: %n days left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/texts.cpp" line="291"/>
        <source>The %1 certificate &quot;%2&quot; expired on %3, %n day(s) ago.</source>
        <translation>
            <numerusform>The %1 certificate &quot;%2&quot; expired on %3, %n day ago.</numerusform>
            <numerusform>The %1 certificate &quot;%2&quot; expired on %3, %n days ago.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/texts.cpp" line="296"/>
        <source>The %1 certificate &quot;%2&quot; expires on %3, in %n day(s).</source>
        <translation>
            <numerusform>The %1 certificate &quot;%2&quot; expires on %3, in %n day.</numerusform>
            <numerusform>The %1 certificate &quot;%2&quot; expires on %3, in %n days.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="301"/>
        <source>The GetCACert answer has no %1 certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="304"/>
        <source>The GetCACert answer could not be read (content type &quot;%1&quot;): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="305"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="308"/>
        <source>The server calls itself &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="310"/>
        <source>The answer does not say which server sent it (no Server header).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="312"/>
        <source>The %1 answer came from HTTP.sys, not from IIS: the request never reached the SCEP application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="318"/>
        <source>The request went through Microsoft Entra application proxy (headers: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="321"/>
        <source>The proxy reports the error &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="325"/>
        <source>%1 was redirected: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="330"/>
        <source>A URL of %1 bytes was refused with HTTP %2 by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="336"/>
        <source>A URL of %1 bytes was accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="338"/>
        <source>TLS problem: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="340"/>
        <source>%1 took %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="342"/>
        <source>The %1 answer was cut after %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="345"/>
        <source>The NDES page is in %1 without a byte-order mark, exactly as real NDES servers send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="356"/>
        <source>the request worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="361"/>
        <source>the server sends the browser elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="362"/>
        <source>the server found the request malformed or too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="364"/>
        <source>sign-in required: the site&apos;s authentication settings refuse anonymous access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="365"/>
        <source>sign-in required: the site asks for credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="367"/>
        <source>access denied; on mscep.dll without a request, this is the healthy answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="370"/>
        <source>request filtering refused a URL that is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="372"/>
        <source>request filtering refused a query string that is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="374"/>
        <source>nothing at this address: check the path of the URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="376"/>
        <source>this method is not allowed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="377"/>
        <source>the URL is longer than HTTP.sys accepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="378"/>
        <source>the application failed while handling the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="379"/>
        <source>a gateway got no valid answer from the server behind it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="380"/>
        <source>no application is there to take the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="381"/>
        <source>a gateway waited too long for the server behind it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="382"/>
        <source>no documented meaning for this code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="384"/>
        <source>HTTP %1 means: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IisText</name>
    <message>
        <location filename="../wizard/iistexts.cpp" line="50"/>
        <location filename="../wizard/iistexts.cpp" line="141"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/iistexts.cpp" line="80"/>
        <source>HTTP.sys turned away %n request(s) for the SCEP application pool because the pool was stopped or taken offline (%1).</source>
        <translation>
            <numerusform>HTTP.sys turned away %n request for the SCEP application pool because the pool was stopped or taken offline (%1).</numerusform>
            <numerusform>HTTP.sys turned away %n requests for the SCEP application pool because the pool was stopped or taken offline (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/iistexts.cpp" line="85"/>
        <source>IIS answered %n request(s) to mscep.dll with 500 0 1346: the IIS_IUSRS group lacks the right &quot;Impersonate a client after authentication&quot;.</source>
        <translation>
            <numerusform>IIS answered %n request to mscep.dll with 500 0 1346: the IIS_IUSRS group lacks the right &quot;Impersonate a client after authentication&quot;.</numerusform>
            <numerusform>IIS answered %n requests to mscep.dll with 500 0 1346: the IIS_IUSRS group lacks the right &quot;Impersonate a client after authentication&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/iistexts.cpp" line="89"/>
        <source>%n request(s) to mscep.dll failed with status 500 (%1): NDES failed while handling them.</source>
        <translation>
            <numerusform>%n request to mscep.dll failed with status 500 (%1): NDES failed while handling it.</numerusform>
            <numerusform>%n requests to mscep.dll failed with status 500 (%1): NDES failed while handling them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/iistexts.cpp" line="94"/>
        <source>%n SCEP request(s) were refused as too long (%1): the server&apos;s size limits are below the 65,534 bytes Intune needs.</source>
        <translation>
            <numerusform>%n SCEP request was refused as too long (%1): the server&apos;s size limits are below the 65,534 bytes Intune needs.</numerusform>
            <numerusform>%n SCEP requests were refused as too long (%1): the server&apos;s size limits are below the 65,534 bytes Intune needs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/iistexts.cpp" line="99"/>
        <source>The connector refused %n VerifyRequest call(s) of the policy module with 403.16 (untrusted root): a certificate of the chain is not trusted, often because an intermediate certificate sits in the Trusted Root store.</source>
        <translation>
            <numerusform>The connector refused %n VerifyRequest call of the policy module with 403.16 (untrusted root): a certificate of the chain is not trusted, often because an intermediate certificate sits in the Trusted Root store.</numerusform>
            <numerusform>The connector refused %n VerifyRequest calls of the policy module with 403.16 (untrusted root): a certificate of the chain is not trusted, often because an intermediate certificate sits in the Trusted Root store.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/iistexts.cpp" line="104"/>
        <source>%n VerifyRequest call(s) of the policy module failed with status 500: the connector&apos;s web application (CertificateRegistrationSvc) could not check the requests.</source>
        <translation>
            <numerusform>%n VerifyRequest call of the policy module failed with status 500: the connector&apos;s web application (CertificateRegistrationSvc) could not check the request.</numerusform>
            <numerusform>%n VerifyRequest calls of the policy module failed with status 500: the connector&apos;s web application (CertificateRegistrationSvc) could not check the requests.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/iistexts.cpp" line="108"/>
        <source>%n iPhone(s) or iPad(s) got the CA certificates (GetCACert 200) but never asked for GetCACaps: they do not trust the certificate chain NDES sent (%1).</source>
        <translation>
            <numerusform>%n iPhone or iPad got the CA certificates (GetCACert 200) but never asked for GetCACaps: it does not trust the certificate chain NDES sent (%1).</numerusform>
            <numerusform>%n iPhones or iPads got the CA certificates (GetCACert 200) but never asked for GetCACaps: they do not trust the certificate chain NDES sent (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/iistexts.cpp" line="113"/>
        <source>HTTP.sys answered 503 to %n request(s) for the SCEP application pool (%1): the pool could not take them.</source>
        <translation>
            <numerusform>HTTP.sys answered 503 to %n request for the SCEP application pool (%1): the pool could not take it.</numerusform>
            <numerusform>HTTP.sys answered 503 to %n requests for the SCEP application pool (%1): the pool could not take them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/iistexts.cpp" line="118"/>
        <source>%n connection(s) to the SCEP application pool were dropped because its worker process stopped in the middle of the request.</source>
        <translation>
            <numerusform>%n connection to the SCEP application pool was dropped because its worker process stopped in the middle of the request.</numerusform>
            <numerusform>%n connections to the SCEP application pool were dropped because its worker process stopped in the middle of the request.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/iistexts.cpp" line="123"/>
        <source>%n request(s) to other pages</source>
        <translation>
            <numerusform>%n request to other pages</numerusform>
            <numerusform>%n requests to other pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/iistexts.cpp" line="124"/>
        <source>No SCEP request at all: no device reached mscep.dll in the %n log file(s) read (%1). Something between the devices and this server stops them.</source>
        <translation>
            <numerusform>No SCEP request at all: no device reached mscep.dll in the %n log file read (%1). Something between the devices and this server stops them.</numerusform>
            <numerusform>No SCEP request at all: no device reached mscep.dll in the %n log files read (%1). Something between the devices and this server stops them.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/iistexts.cpp" line="129"/>
        <source>Not IIS logs (no #Fields header, no line IIS would write): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/iistexts.cpp" line="133"/>
        <source>%n line(s) came without a #Fields header; they were read with the usual IIS columns (%1) in %2.</source>
        <translation>
            <numerusform>%n line came without a #Fields header; it was read with the usual IIS columns (%1) in %2.</numerusform>
            <numerusform>%n lines came without a #Fields header; they were read with the usual IIS columns (%1) in %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/iistexts.cpp" line="142"/>
        <source>%n line(s) could not be read and were skipped: %1.</source>
        <translation>
            <numerusform>%n line could not be read and was skipped: %1.</numerusform>
            <numerusform>%n lines could not be read and were skipped: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/iistexts.cpp" line="146"/>
        <source>%n line(s) hold links added by a chat or ticket tool ([address](link)): this log was pasted, not copied as a file. Ask for the original file.</source>
        <translation>
            <numerusform>%n line holds links added by a chat or ticket tool ([address](link)): this log was pasted, not copied as a file. Ask for the original file.</numerusform>
            <numerusform>%n lines hold links added by a chat or ticket tool ([address](link)): this log was pasted, not copied as a file. Ask for the original file.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/iistexts.cpp" line="177"/>
        <source>GetCACaps (capabilities)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/iistexts.cpp" line="178"/>
        <source>GetCACert (CA certificates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/iistexts.cpp" line="179"/>
        <source>PKIOperation by GET (certificate request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/iistexts.cpp" line="180"/>
        <source>PKIOperation by POST (certificate request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/iistexts.cpp" line="181"/>
        <source>Another operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/iistexts.cpp" line="182"/>
        <source>No operation (browser test)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/iistexts.cpp" line="191"/>
        <source>Android</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/iistexts.cpp" line="192"/>
        <source>iPhone and iPad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/iistexts.cpp" line="193"/>
        <source>Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/iistexts.cpp" line="194"/>
        <source>Intune connector (policy module)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/iistexts.cpp" line="195"/>
        <source>Other (browsers, tools)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/iistexts.cpp" line="204"/>
        <source>wrong number of fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/iistexts.cpp" line="205"/>
        <source>status is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/iistexts.cpp" line="206"/>
        <source>bad date or time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/iistexts.cpp" line="207"/>
        <source>no #Fields header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/iistexts.cpp" line="208"/>
        <source>line too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/iistexts.cpp" line="226"/>
        <source>the pool was taken offline after repeated crashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/iistexts.cpp" line="228"/>
        <source>the pool was stopped by an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/iistexts.cpp" line="230"/>
        <source>the pool was shutting down or recycling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/iistexts.cpp" line="232"/>
        <source>the pool&apos;s request queue was full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/iistexts.cpp" line="234"/>
        <source>the connection limit was reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/iistexts.cpp" line="236"/>
        <source>the worker process stopped during the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/iistexts.cpp" line="238"/>
        <source>the URL was longer than HTTP.sys accepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/iistexts.cpp" line="240"/>
        <source>a header or the whole request was too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/iistexts.cpp" line="242"/>
        <source>the connection timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/iistexts.cpp" line="244"/>
        <source>the service was unavailable (internal error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/iistexts.cpp" line="245"/>
        <source>see the HTTP.sys error log reference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestText</name>
    <message>
        <location filename="../wizard/texts.cpp" line="479"/>
        <source>Browser test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="480"/>
        <source>GetCACaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="481"/>
        <source>GetCACert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="482"/>
        <source>Long URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="499"/>
        <source>The URL alone, as a browser opens it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="500"/>
        <source>What the SCEP server can do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="501"/>
        <source>The CA and RA certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="502"/>
        <source>A URL as long as the ones devices send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="510"/>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="511"/>
        <source>No answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="512"/>
        <source>Name not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="513"/>
        <source>Connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="514"/>
        <source>Host unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="515"/>
        <source>Secure connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="516"/>
        <source>Redirect loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="517"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="518"/>
        <source>Not an HTTP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="519"/>
        <source>Network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="539"/>
        <source>RA signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="540"/>
        <source>RA encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="541"/>
        <source>CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="542"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioText</name>
    <message>
        <location filename="../wizard/texts.cpp" line="389"/>
        <source>Healthy server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="390"/>
        <source>Connector not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="391"/>
        <source>SCEP application pool stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="392"/>
        <source>Application proxy connector stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="393"/>
        <source>HTTP.sys limits left at their defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="394"/>
        <source>Request filtering left at its defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="395"/>
        <source>Wrong external URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="396"/>
        <source>Service account locked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="397"/>
        <source>MSCEP-RA certificates expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="398"/>
        <source>Untrusted server certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="399"/>
        <source>Server never answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="400"/>
        <source>Windows authentication turned on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="401"/>
        <source>Impersonation right missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="402"/>
        <source>Intermediate certificate among the trusted roots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="403"/>
        <source>Revocation list out of reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="404"/>
        <source>Windows authentication on CertificateRegistrationSvc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="411"/>
        <source>Everything works; the URL answers 403 as it should.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="413"/>
        <source>The browser shows the NDES welcome page instead of an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="415"/>
        <source>Every request ends with &quot;Service Unavailable&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="417"/>
        <source>Through the application proxy, requests end in GatewayTimeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="419"/>
        <source>Short requests work; long ones get &quot;URL too long&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="421"/>
        <source>Short requests work; long ones get a 404.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="423"/>
        <source>The browser says the page can&apos;t be displayed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="425"/>
        <source>Every NDES request fails with error 500.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="427"/>
        <source>Error 500, and the server&apos;s RA certificates look old.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="429"/>
        <source>The browser warns that the connection is not secure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="431"/>
        <source>The browser keeps loading until it gives up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="433"/>
        <source>The browser asks for a user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="435"/>
        <source>The browser test looks fine, yet devices get error 500.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="437"/>
        <source>&quot;Service Unavailable&quot; again soon after every restart of the SCEP pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="439"/>
        <source>&quot;Service Unavailable&quot;, although the SCEP pool was started a moment ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="441"/>
        <source>&quot;Service Unavailable&quot; on every request since an IIS setting was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="470"/>
        <source>Easy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="471"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="472"/>
        <source>Hard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageText</name>
    <message>
        <location filename="../wizard/texts.cpp" line="560"/>
        <source>Profile deployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="561"/>
        <source>Device to NDES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="562"/>
        <source>NDES to policy module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="563"/>
        <source>NDES to CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="564"/>
        <source>Certificate delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="565"/>
        <source>Reported to Intune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="573"/>
        <source>Intune sends the SCEP certificate profile to the device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="574"/>
        <source>The device contacts the NDES server at the SCEP URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="575"/>
        <source>NDES asks the Intune policy module to check the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="576"/>
        <source>NDES passes the request to the certification authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="577"/>
        <source>The certificate goes back to the device and is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="578"/>
        <source>The device reports the certificate to Intune.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerdictText</name>
    <message>
        <location filename="../wizard/texts.cpp" line="96"/>
        <source>URL works (403)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="97"/>
        <source>NDES page instead of 403</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="98"/>
        <source>Service unavailable (503)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="99"/>
        <source>Gateway timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="100"/>
        <source>Long requests refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="101"/>
        <source>Server unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="102"/>
        <source>Internal error (500)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="103"/>
        <source>Certificate not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="104"/>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="105"/>
        <source>Unexpected answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="114"/>
        <source>The SCEP URL works: the server answers 403 Forbidden, which is what a healthy NDES server answers to a browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="117"/>
        <source>The server shows the NDES welcome page instead of answering 403: the Intune certificate connector is not active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="120"/>
        <source>The SCEP application pool is not running: the server answers 503 Service Unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="122"/>
        <source>The application proxy cannot reach its connector: it answers GatewayTimeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="124"/>
        <source>Long requests are refused: the server rejects a URL as long as the ones devices send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="126"/>
        <source>The server cannot be reached: a browser would say &quot;This page can&apos;t be displayed&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="128"/>
        <source>NDES fails with 500 Internal Server Error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="130"/>
        <source>The secure connection fails: the server&apos;s certificate is not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="132"/>
        <source>The server does not answer: no reply came before the time limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="135"/>
        <source>The server gives an unexpected answer: HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="136"/>
        <source>The server gives an unexpected answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="152"/>
        <source>The browser test alone looks fine; the %1 request shows where devices fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="159"/>
        <source>A 403 on the bare URL is the expected answer: IIS, NDES and the Intune policy module are all in place, and the SCEP requests work.

If devices still get no certificate, the problem is further along. Look at the IIS logs to see whether the devices reach this server, then at the logs of one device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="165"/>
        <source>NDES itself works, but the Intune certificate connector, which plugs into NDES as its policy module, is not installed or not loaded. Without it NDES answers with its own welcome page, and devices cannot enrol.

Check the connector&apos;s installation log (SetupMsi.log). If the installation failed, install the connector again; if it succeeded, restart IIS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="172"/>
        <source>The 503 page comes from HTTP.sys, the part of Windows under IIS: no IIS worker process was there to take the request. The SCEP application pool is stopped, or it starts and crashes (event 1000 for w3wp.exe in the Application log).

Known causes: an intermediate CA certificate stored among the trusted root certificates, a certificate revocation list that cannot be downloaded, or Windows authentication turned on for CertificateRegistrationSvc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="180"/>
        <source>The request went through Microsoft Entra application proxy, which found no working connector to pass it to the NDES server.

The application proxy connector service (WAPCSvc) on the connector server is stopped, or it is not set to start automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="186"/>
        <source>The short requests work, but the long one is refused, by HTTP.sys (414) or by IIS request filtering (404.14 or 404.15). Devices send their certificate request inside the URL, up to 65,534 bytes, so they fail.

Raise the request filtering limits (maxUrl and maxQueryString) and the HTTP.sys limits (MaxFieldLength and MaxRequestBytes) to 65534.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="193"/>
        <source>No HTTP answer came back: the name does not resolve, the connection is refused, or there is no route to the server.

When the URL goes through the application proxy, check that the external URL of the proxy application is exactly the URL of the SCEP profile. Otherwise check the DNS name and the firewalls between the devices and the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="200"/>
        <source>IIS received the request, but NDES could not handle it.

The usual causes: the NDES service account is locked out or its password has expired, or the MSCEP-RA certificates (the NDES server&apos;s own certificates) have expired. When the IIS log shows &quot;500 0 1346&quot;, the IIS_IUSRS group lacks the right to impersonate a client after authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="207"/>
        <source>The TLS handshake failed before any HTTP exchange: the certificate chain is not trusted, the name does not match, or the certificate has expired. Devices fail in the same way.

Fix the certificate bound to the IIS site, or deploy the missing trusted root certificate profile to the devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="213"/>
        <source>The connection opened, but no answer arrived in time.

Something on the path (a firewall, a proxy, a load balancer) holds or drops the traffic, or the server is overloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="218"/>
        <source>This answer is none of the documented cases. Read the status code and the page below: the meaning of the IIS code is given with the findings.

A 401 usually means Windows authentication was turned on for the SCEP site; a redirect to a sign-in page means pre-authentication is enabled on the application proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="230"/>
        <source>Nothing: the SCEP URL is healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="231"/>
        <source>The Intune certificate connector is not installed or not active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="232"/>
        <source>The SCEP application pool is stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="233"/>
        <source>The application proxy connector service is stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="234"/>
        <source>The request size limits were never raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="235"/>
        <source>The URL is wrong or the host cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="236"/>
        <source>The NDES service account or its RA certificates are at fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="237"/>
        <source>The server&apos;s TLS certificate is not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="238"/>
        <source>Something on the network drops the traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="239"/>
        <source>The SCEP site asks for a sign-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ndes::ui::BrowserView</name>
    <message>
        <location filename="../wizard/widgets/browserview.cpp" line="182"/>
        <source>New tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/browserview.cpp" line="199"/>
        <source>What the browser shows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/browserview.cpp" line="212"/>
        <source>Can&apos;t reach this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/browserview.cpp" line="213"/>
        <source>This page can&apos;t be displayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/browserview.cpp" line="214"/>
        <source>Make sure the web address &lt;b&gt;%1&lt;/b&gt; is correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/browserview.cpp" line="215"/>
        <source>Check the network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/browserview.cpp" line="216"/>
        <location filename="../wizard/widgets/browserview.cpp" line="227"/>
        <source>Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/browserview.cpp" line="219"/>
        <source>Privacy error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/browserview.cpp" line="220"/>
        <source>Your connection isn&apos;t private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/browserview.cpp" line="221"/>
        <source>The site &lt;b&gt;%1&lt;/b&gt; presented a certificate this computer does not trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/browserview.cpp" line="222"/>
        <source>The browser stopped before sending anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/browserview.cpp" line="225"/>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/browserview.cpp" line="226"/>
        <source>This site can&apos;t be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/browserview.cpp" line="227"/>
        <source>&lt;b&gt;%1&lt;/b&gt; took too long to respond.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/browserview.cpp" line="369"/>
        <source>Not secure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ndes::ui::BusyIndicator</name>
    <message>
        <location filename="../wizard/widgets/busyindicator.cpp" line="22"/>
        <location filename="../wizard/widgets/busyindicator.cpp" line="63"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ndes::ui::CausePage</name>
    <message>
        <location filename="../wizard/pages/causepage.cpp" line="212"/>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/causepage.cpp" line="214"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/causepage.cpp" line="215"/>
        <location filename="../wizard/pages/causepage.cpp" line="248"/>
        <source>Evidence of the check &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/causepage.cpp" line="221"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/causepage.cpp" line="227"/>
        <source>Checking...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/causepage.cpp" line="234"/>
        <source>Not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/causepage.cpp" line="256"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/causepage.cpp" line="258"/>
        <location filename="../wizard/pages/causepage.cpp" line="422"/>
        <source>Cause found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/causepage.cpp" line="260"/>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/causepage.cpp" line="338"/>
        <location filename="../wizard/pages/causepage.cpp" line="646"/>
        <source>Find the cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/causepage.cpp" line="339"/>
        <source>The checks for this branch, on the server&apos;s own settings, accounts, certificates and logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/causepage.cpp" line="340"/>
        <source>S&amp;top the checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/causepage.cpp" line="341"/>
        <source>Stop the checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/causepage.cpp" line="342"/>
        <source>&amp;Run the checks again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/causepage.cpp" line="343"/>
        <source>Run the checks again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/causepage.cpp" line="344"/>
        <source>Checks and their results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/causepage.cpp" line="354"/>
        <source>The facts come from the training scenario: files recorded on a simulated NDES server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/causepage.cpp" line="357"/>
        <source>The facts come from the snapshot %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/causepage.cpp" line="360"/>
        <source>The facts are read from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/causepage.cpp" line="364"/>
        <source>The URL test found: %1 These are the checks for that branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/causepage.cpp" line="367"/>
        <source>There is no URL test result, so the checks of every branch run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/causepage.cpp" line="374"/>
        <source>Local checks need Windows: run NDES Doctor on the NDES server itself, or open a snapshot taken there. The checks below cannot read anything here; you can still go on to the fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/causepage.cpp" line="410"/>
        <source>The checks could not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/causepage.cpp" line="413"/>
        <source>Checking: %1 of %2 done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/causepage.cpp" line="423"/>
        <source>Next shows how to fix it; then &quot;Test again&quot; tells whether the fix worked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/causepage.cpp" line="425"/>
        <source>The checks were stopped before the end: other problems may remain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/causepage.cpp" line="427"/>
        <source>The checks were stopped after %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/causepage.cpp" line="428"/>
        <source>No cause was found among the checks that ran. Run them again, or go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/causepage.cpp" line="430"/>
        <source>There is no check on the server for this branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/causepage.cpp" line="431"/>
        <source>The cause is outside the NDES server (the network path, a proxy, or the certificate the server presents): the fix page says what to look at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/pages/causepage.cpp" line="434"/>
        <source>No cause found among %n check(s).</source>
        <translation>
            <numerusform>No cause found by the one check.</numerusform>
            <numerusform>No cause found among %n checks.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/pages/causepage.cpp" line="437"/>
        <source>None of the documented faults shows in these facts. The IIS logs and the device logs come next: they show how far the devices get.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/causepage.cpp" line="440"/>
        <source>The server&apos;s own settings look right. The next question is whether the devices reach IIS at all: the IIS logs come next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/causepage.cpp" line="443"/>
        <source>None of the documented causes of this branch shows on the server. The fix page lists what else to look at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/pages/causepage.cpp" line="447"/>
        <source>%n check(s) could not read their facts, so a cause may still hide there.</source>
        <translation>
            <numerusform>%n check could not read its facts, so a cause may still hide there.</numerusform>
            <numerusform>%n checks could not read their facts, so a cause may still hide there.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/pages/causepage.cpp" line="499"/>
        <source>The troubleshooting tree cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/causepage.cpp" line="642"/>
        <source>Cause: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/causepage.cpp" line="645"/>
        <source>Cause: none found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ndes::ui::CauseRunner</name>
    <message>
        <location filename="../wizard/causerunner.cpp" line="26"/>
        <source>The facts of the training scenario &quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/causerunner.cpp" line="36"/>
        <source>No snapshot is open: go back to the first page and open one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/causerunner.cpp" line="42"/>
        <source>The snapshot %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ndes::ui::CodeBox</name>
    <message>
        <location filename="../wizard/widgets/codebox.cpp" line="165"/>
        <source>PowerShell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/codebox.cpp" line="167"/>
        <source>Command prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/codebox.cpp" line="169"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/codebox.cpp" line="170"/>
        <source>changes the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/codebox.cpp" line="171"/>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/codebox.cpp" line="171"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/codebox.cpp" line="172"/>
        <source>Copy the %1 command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/codebox.cpp" line="173"/>
        <source>&amp;Run...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/codebox.cpp" line="174"/>
        <source>Run the %1 command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/codebox.cpp" line="175"/>
        <source>%1 command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/codebox.cpp" line="176"/>
        <source>Command output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/codebox.cpp" line="202"/>
        <source>Run this command?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/codebox.cpp" line="203"/>
        <source>This command changes the server. Run it only if you are allowed to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/codebox.cpp" line="204"/>
        <source>This command only reads information from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/codebox.cpp" line="207"/>
        <source>The exact command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/codebox.cpp" line="211"/>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/codebox.cpp" line="233"/>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/codebox.cpp" line="235"/>
        <source>ended with exit code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/codebox.cpp" line="240"/>
        <source>could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/codebox.cpp" line="248"/>
        <source>running...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ndes::ui::DeviceLogPanel</name>
    <message>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="71"/>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="110"/>
        <source>The device has its certificate. If Intune still shows the profile as failed, look at what the connector reports to Intune (stage 6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="117"/>
        <source>The log shows no SCEP profile at all: the profile may not have reached the device. Check its assignment in Intune (stage 1), then collect the log again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="120"/>
        <source>The device never reached NDES: check the SCEP server URL of the profile and the network path to it (application proxy, firewall, DNS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="124"/>
        <source>NDES did not give the device what it asked for. Test the URL: the server&apos;s answer tells the cause, the same way it does for the device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="127"/>
        <source>The device did not send its certificate request: it did not accept what NDES sent (the MSCEP-RA certificates, or the chain of the server&apos;s certificate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="130"/>
        <source>The request was sent but no usable answer came back: look at the IIS logs and at the connector&apos;s logs (NDESPlugin.log, connector events) on the NDES server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="133"/>
        <source>NDES answered, but the certificate was not installed: the answer&apos;s status and the failure below tell why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="233"/>
        <source>The simulated logs cannot be copied to a temporary folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="280"/>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="659"/>
        <source>Open device or connector logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="284"/>
        <source>Logs (*.log *.txt *.rtf *.xml *.svclog)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="284"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/logs/devicelogpanel.cpp" line="369"/>
        <source>Device log: %1, %2, %n line(s) read.</source>
        <translation>
            <numerusform>Device log: %1, %2, %n line read.</numerusform>
            <numerusform>Device log: %1, %2, %n lines read.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="396"/>
        <source>Error code: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="407"/>
        <source>NDES URL the device used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="410"/>
        <source>Test this &amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="413"/>
        <source>Test the URL %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="419"/>
        <source>Training: the test goes to the simulated server, which stands for this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/logs/devicelogpanel.cpp" line="471"/>
        <source>Connector log: %1, %n record(s) read.</source>
        <translation>
            <numerusform>Connector log: %1, %n record read.</numerusform>
            <numerusform>Connector log: %1, %n records read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/logs/devicelogpanel.cpp" line="474"/>
        <source>%n record(s) could not be read.</source>
        <translation>
            <numerusform>%n record could not be read.</numerusform>
            <numerusform>%n records could not be read.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="499"/>
        <source>Stage %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="507"/>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="560"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="517"/>
        <source>What the log shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="542"/>
        <source>How to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="548"/>
        <source>How to fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="581"/>
        <source>%1 does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="582"/>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="583"/>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="585"/>
        <source>%1 is neither a device log (Android OMADM.log, iOS console text, Windows device management events) nor a connector log (NDESPlugin.log, .svclog, connector events).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="655"/>
        <source>Drop the logs a device or the connector wrote: Android OMADM.log, iOS console text, Windows device management events, NDESPlugin.log, .svclog files or connector events. Each file is recognised by its content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="658"/>
        <source>&amp;Open log...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="660"/>
        <source>Load the &amp;simulated device&apos;s log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="661"/>
        <source>Load the simulated device&apos;s log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="662"/>
        <source>This scenario has no simulated device log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="663"/>
        <source>Release to read these files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="663"/>
        <source>Drop log files here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="666"/>
        <source>Reading %1 of %2 file(s)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="668"/>
        <source>No log read yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/logs/devicelogpanel.cpp" line="670"/>
        <source>%n file(s) read.</source>
        <translation>
            <numerusform>%n file read.</numerusform>
            <numerusform>%n files read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ndes::ui::DeviceLogsPage</name>
    <message>
        <location filename="../wizard/pages/devicelogspage.cpp" line="41"/>
        <source>Review device logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/devicelogspage.cpp" line="42"/>
        <source>How far did the devices get, and what did the connector see? Read the logs of a device or of the Intune connector.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ndes::ui::FixDialog</name>
    <message>
        <location filename="../wizard/logs/fixdialog.cpp" line="36"/>
        <source>Close the fix page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/fixdialog.cpp" line="41"/>
        <source>How to fix - %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ndes::ui::FlowDiagram</name>
    <message>
        <location filename="../wizard/widgets/flowdiagram.cpp" line="38"/>
        <source>SCEP enrolment flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/flowdiagram.cpp" line="42"/>
        <source>%1. %2 (current stage)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ndes::ui::HelpDialog</name>
    <message>
        <location filename="../wizard/helpdialog.cpp" line="49"/>
        <source>Help - NDES Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/helpdialog.cpp" line="50"/>
        <source>Close the help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/helpdialog.cpp" line="51"/>
        <source>Help for this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/helpdialog.cpp" line="76"/>
        <source># Getting started

**Live** tests the SCEP URL of a real NDES server. On the NDES server itself, the tool can also check the server&apos;s settings, logs and certificates; those checks need Windows.

**Training** starts a simulated NDES server on this computer, with the fault of your choice. Everything works as in the field, and nothing real is touched. A coloured banner reminds you that the results are simulated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/helpdialog.cpp" line="83"/>
        <source># Training scenarios

Each scenario reproduces one documented fault of an NDES server: a stopped application pool, a missing connector, expired certificates, limits left at their defaults...

**Surprise me** picks one at random and hides its name. On the verdict page you choose the cause yourself before the answer is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/helpdialog.cpp" line="89"/>
        <source># The SCEP server URL

Devices reach NDES at the address in their SCEP certificate profile. In the Intune admin center, open the profile: the address is listed under **SCEP Server URLs**, for example `https://ndes.contoso.com/certsrv/mscep/mscep.dll`.

**Advanced settings**

- *Time limit per request*: how long to wait for each answer.
- *Long URL size*: the size of the long request. Devices can send up to 65,534 bytes; the server&apos;s limits must allow that.
- *Extra trusted CA file*: a PEM file with the root certificate of the server&apos;s TLS certificate, when this computer does not trust it already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/helpdialog.cpp" line="100"/>
        <source># The URL test

Four requests are sent at the same time:

1. **Browser test**: the URL alone. A healthy NDES server answers *403 Forbidden*.
2. **GetCACaps**: what the SCEP server can do.
3. **GetCACert**: the certificates of the CA and of NDES (the MSCEP-RA certificates).
4. **Long URL**: a request as long as the ones devices send, to check the server&apos;s size limits.

No certificate request is ever sent, so the NDES logs stay clean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/helpdialog.cpp" line="108"/>
        <source># Finding the cause

Each branch of the troubleshooting tree has its known causes. NDES Doctor checks each of them on the server: the SCEP application pool, the certificates, the service account, the IIS settings, the logs...

- **Problem**: this check found a fault. The first one, in the order of the documentation, is the cause, shown first.
- **Warning**: something to look at, but not enough to explain the failure.
- **OK**: this cause is ruled out.
- **Not checked**: the facts this check needs could not be read here.

Open **Evidence** under a check to see the values, lines and certificates it read. The checks read the server itself in live mode (Windows only), the snapshot in snapshot mode, and the recorded facts of the scenario in training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/helpdialog.cpp" line="121"/>
        <source># Reviewing the IIS logs

When the SCEP URL works but devices still get no certificate, the IIS logs of the NDES server tell whether their requests arrived, and what IIS answered them.

- On the NDES server, the logs are in `%SystemDrive%\inetpub\logs\LogFiles\W3SVC1` (one `u_exYYMMDD.log` file per day). Refusals by HTTP.sys, before IIS, are in `%SystemRoot%\System32\LogFiles\HTTPERR`.
- Choose the folder or the files, or drop them on the page. Reading a large log can take a moment: **Cancel reading** stops it at once.
- **No SCEP request at all**: the devices never reached IIS. Something on the way blocks them: firewall, proxy, application proxy, or a wrong URL in the profile.
- **200**: the device reached NDES; look next at the device&apos;s own log and at the connector.
- **500 0 1346**, **414**, **404.15**, **503** and the others: each finding says what it means, and **How to fix** opens the fix.

IIS writes its times in UTC; the page shows local time next to them. IIS also writes its log in batches, so the last minute or so may be missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/helpdialog.cpp" line="137"/>
        <source># Reviewing the device and connector logs

A device&apos;s own log tells how far it got with NDES, step by step: the profile received, NDES contacted, GetCACaps and GetCACert answered, the request sent, the answer received, the certificate installed.

- **Android**: the Company Portal log, OMADM.log (turn on verbose logging first).
- **iOS and iPadOS**: the console messages of the profiled process, copied from the Console app on a Mac into a text file.
- **Windows**: the DeviceManagement-Enterprise-Diagnostics-Provider Admin events (36, 39, 32, 307), exported with wevtutil or copied from Event Viewer.

The connector&apos;s logs on the NDES server tell what happened next: NDESPlugin.log, the .svclog traces and the Certificate Connector events show whether the challenge was verified, the certificate issued and Intune told.

Drop the files on the page or choose **Open log...**: each file is recognised by its content. **Test this URL** tests the address the device used. **How to fix** opens the fix for a connector finding. **Logs...** in the side panel opens the same tools, and the list of where every log lives, at any step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/helpdialog.cpp" line="157"/>
        <source># Help

Run the URL test first: the help for the fix depends on what it finds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ndes::ui::HourChart</name>
    <message>
        <location filename="../wizard/widgets/hourchart.cpp" line="105"/>
        <source>2xx success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/hourchart.cpp" line="106"/>
        <source>3xx redirected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/hourchart.cpp" line="107"/>
        <source>4xx refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/hourchart.cpp" line="108"/>
        <source>5xx server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/hourchart.cpp" line="109"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/hourchart.cpp" line="213"/>
        <source>%1, %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/hourchart.cpp" line="217"/>
        <source>Week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/hourchart.cpp" line="226"/>
        <location filename="../wizard/widgets/hourchart.cpp" line="338"/>
        <source>No SCEP request to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/widgets/hourchart.cpp" line="240"/>
        <source>%n bar(s), one per hour</source>
        <translation>
            <numerusform>%n bar, one per hour</numerusform>
            <numerusform>%n bars, one per hour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/widgets/hourchart.cpp" line="241"/>
        <source>%n bar(s), one per day</source>
        <translation>
            <numerusform>%n bar, one per day</numerusform>
            <numerusform>%n bars, one per day</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/widgets/hourchart.cpp" line="242"/>
        <source>%n bar(s), one per week</source>
        <translation>
            <numerusform>%n bar, one per week</numerusform>
            <numerusform>%n bars, one per week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/widgets/hourchart.cpp" line="243"/>
        <source>%n bar(s), one per month</source>
        <translation>
            <numerusform>%n bar, one per month</numerusform>
            <numerusform>%n bars, one per month</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/widgets/hourchart.cpp" line="248"/>
        <location filename="../wizard/widgets/hourchart.cpp" line="310"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/widgets/hourchart.cpp" line="250"/>
        <source>%n SCEP request(s) in local time, %1. Busiest: %2, with %3. %4.</source>
        <translation>
            <numerusform>%n SCEP request in local time, %1. Busiest: %2, with %3. %4.</numerusform>
            <numerusform>%n SCEP requests in local time, %1. Busiest: %2, with %3. %4.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/widgets/hourchart.cpp" line="256"/>
        <source>Chart of SCEP requests over time, by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/widgets/hourchart.cpp" line="307"/>
        <source>%n SCEP request(s)</source>
        <translation>
            <numerusform>%n SCEP request</numerusform>
            <numerusform>%n SCEP requests</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/widgets/hourchart.cpp" line="369"/>
        <source>requests per hour, local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/hourchart.cpp" line="370"/>
        <source>requests per day, local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/hourchart.cpp" line="371"/>
        <source>requests per week, local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/hourchart.cpp" line="372"/>
        <source>requests per month, local time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ndes::ui::IisLogPanel</name>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="244"/>
        <source>This scenario has no simulated logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="245"/>
        <source>Reads the IIS logs of the simulated NDES server for this scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="271"/>
        <source>Choose the IIS log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="278"/>
        <source>Choose IIS log files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="279"/>
        <source>Log files (*.log);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="287"/>
        <location filename="../wizard/logs/iislogpanel.cpp" line="342"/>
        <location filename="../wizard/logs/iislogpanel.cpp" line="795"/>
        <source>Simulated server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="353"/>
        <source>Stopping...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="363"/>
        <source>Looking for log files...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="366"/>
        <location filename="../wizard/logs/iislogpanel.cpp" line="800"/>
        <source>Reading the logs...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="379"/>
        <source>%1 of %2, file %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="384"/>
        <source>Reading the logs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="411"/>
        <source>&quot;%1&quot; does not exist. Check the path, or choose the folder again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="413"/>
        <source>There is no log file (*.log) in &quot;%1&quot; or in its subfolders. IIS keeps its logs in %SystemDrive%\inetpub\logs\LogFiles\W3SVC1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="417"/>
        <source>The simulated logs could not be copied to &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="419"/>
        <source>&quot;%1&quot; cannot be read. Check that you may open it (run as administrator on the server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="440"/>
        <source>Reading stopped: what follows covers only the first %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/logs/iislogpanel.cpp" line="444"/>
        <source>Read %n file(s), %1.</source>
        <translation>
            <numerusform>Read %n file, %1.</numerusform>
            <numerusform>Read %n files, %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="460"/>
        <source>No SCEP request at all: no device reached IIS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/logs/iislogpanel.cpp" line="466"/>
        <source>Devices reach IIS: %n SCEP request(s), and the logs show no problem.</source>
        <translation>
            <numerusform>Devices reach IIS: %n SCEP request, and the logs show no problem.</numerusform>
            <numerusform>Devices reach IIS: %n SCEP requests, and the logs show no problem.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="468"/>
        <source>These logs hold no request to the SCEP application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="471"/>
        <source>From %1 to %2, local time (in the logs, UTC: %3 to %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="523"/>
        <source>More about this...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="523"/>
        <source>How to fix...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="529"/>
        <source>How to fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="546"/>
        <source>device %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/logs/iislogpanel.cpp" line="551"/>
        <source>... and %n more</source>
        <translation>
            <numerusform>... and %n more</numerusform>
            <numerusform>... and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="562"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="569"/>
        <source>Seen from %1 to %2, local time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="594"/>
        <source>Nothing to report: no error status, no HTTP.sys refusal, no unreadable line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="646"/>
        <source>Files read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="651"/>
        <source>IIS site log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="652"/>
        <source>HTTP.sys error log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="653"/>
        <source>not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/logs/iislogpanel.cpp" line="655"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/logs/iislogpanel.cpp" line="657"/>
        <source>%n bad line(s)</source>
        <translation>
            <numerusform>%n bad line</numerusform>
            <numerusform>%n bad lines</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="659"/>
        <source>reading stopped here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="662"/>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="663"/>
        <source>Bad lines (skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="664"/>
        <source>first at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="667"/>
        <source>SCEP requests (mscep.dll)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="668"/>
        <source>By operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="674"/>
        <source>By status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="679"/>
        <source>HTTP 201: the connector checked the request and accepted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="681"/>
        <source>HTTP 204: the connector took note, with nothing to send back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="685"/>
        <source>Windows code 1346: the account may not act on behalf of the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="687"/>
        <source>Windows code 0x800B0109: the certificate chain ends in an untrusted root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="689"/>
        <source>Windows code 64: the client went away before the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="694"/>
        <source>By platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="701"/>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="702"/>
        <location filename="../wizard/logs/iislogpanel.cpp" line="704"/>
        <source>%1 local time (%2 UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="703"/>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="709"/>
        <source>Policy module calls (CertificateRegistrationSvc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="715"/>
        <source>Notify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="715"/>
        <source>VerifyRequest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="724"/>
        <source>HTTP.sys errors (HTTPERR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="725"/>
        <source>On the SCEP application pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="734"/>
        <source>All reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="771"/>
        <source>Log f&amp;older or files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="772"/>
        <source>For example C:\inetpub\logs\LogFiles\W3SVC1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="773"/>
        <source>Log folder or files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="774"/>
        <source>&amp;Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="775"/>
        <source>Read the logs at this path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="776"/>
        <source>Drop IIS log files or folders here (W3SVC1, HTTPERR), or:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="777"/>
        <source>Drop zone for log files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="778"/>
        <source>Choose a &amp;folder...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="779"/>
        <source>Choose f&amp;iles...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="780"/>
        <source>Load the simulated ser&amp;ver&apos;s logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="784"/>
        <source>&amp;Cancel reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="781"/>
        <source>Choose a log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="782"/>
        <source>Choose log files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="783"/>
        <source>Load the simulated server&apos;s logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="785"/>
        <source>Stop reading the logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="786"/>
        <source>Reading the logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="787"/>
        <source>What the logs say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="788"/>
        <location filename="../wizard/logs/iislogpanel.cpp" line="793"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="789"/>
        <source>SCEP requests over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="790"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="791"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="791"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="791"/>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="792"/>
        <source>Summary of the logs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ndes::ui::IisLogsPage</name>
    <message>
        <location filename="../wizard/pages/iislogspage.cpp" line="20"/>
        <source>IIS logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/iislogspage.cpp" line="25"/>
        <source>Review IIS logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/iislogspage.cpp" line="26"/>
        <source>Did the devices reach IIS, and what did IIS answer them? Read the logs of the NDES server to find out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ndes::ui::LogLocationsPanel</name>
    <message>
        <location filename="../wizard/loglocations.cpp" line="113"/>
        <source>IIS logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="115"/>
        <source>HTTP.sys error logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="117"/>
        <source>Application event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="119"/>
        <source>CAPI2 operational log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="121"/>
        <source>Connector setup log (SetupMsi.log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="123"/>
        <source>Policy module log (NDESPlugin.log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="125"/>
        <source>Certificate registration point trace (.svclog)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="127"/>
        <source>Certificate Connector event logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="129"/>
        <source>Connector service trace (.svclog)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="131"/>
        <source>Certificate request status files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="133"/>
        <source>Android: Company Portal log (OMADM.log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="135"/>
        <source>iOS and iPadOS: console messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="137"/>
        <source>Windows device: device management event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="144"/>
        <source>Every request that reached IIS, with the status it answered: devices&apos; GetCACaps, GetCACert and PKIOperation requests to mscep.dll (200 is fine; 500 0 1346 is the missing impersonation right). No mscep.dll line at all means the devices never reached this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="149"/>
        <source>Requests that HTTP.sys refused before IIS saw them: 503 when the SCEP application pool is stopped, 400 or 414 when a request is longer than the HTTP.sys limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="153"/>
        <source>Crashes of the SCEP application pool: event 1000 for w3wp.exe. Open it in Event Viewer (eventvwr.msc), under Windows Logs &gt; Application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="156"/>
        <source>Chain building and revocation checks, once the log is turned on (it is off by default): shows a revocation list that cannot be downloaded. Event Viewer, Applications and Services Logs &gt; Microsoft &gt; Windows &gt; CAPI2 &gt; Operational.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="160"/>
        <source>The installation of the Intune connector. When the URL shows the plain NDES page, it tells whether the installation finished (installation success or error status: 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="164"/>
        <source>The Intune policy module: each request sent to the certificate registration point to have its challenge checked (VerifyRequest), the answer (Verify challenge returns true or false), and the notification after the certificate is issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="168"/>
        <source>The certificate registration point receiving and validating the requests (validation phases, VerifyRequest finished with status True or False). Open it with Service Trace Viewer, or in the device and connector logs tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="172"/>
        <source>The newer Certificate Connector for Microsoft Intune: SCEP events 4000 to 4010 (request received, verified, issued, reported to Intune, and their failures), in the Admin and Operational logs under Applications and Services Logs &gt; Microsoft-Intune-CertificateConnectors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="177"/>
        <source>The connector talking to the Intune service, which receives the reports of issued certificates. The connection state is also in the registry: HKLM\SOFTWARE\Microsoft\MicrosoftIntune\NDESConnector, value ConnectionStatus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="182"/>
        <source>One file per request in the Succeed, Failed or Processing folder, with the certificate serial number, user, device and thumbprint: what the connector reports to Intune.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="186"/>
        <source>How far the Android device got: the GetCACaps and GetCACert answers, the request sent and the certificate installed. In the Company Portal app, turn on verbose logging, reproduce the problem, then send the logs by USB cable or e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="190"/>
        <source>The profiled messages: the requests to the SCEP URL, the CSR sent, and errors such as an invalid answer from the Registration Authority. Connect the device to a Mac, open the Console app with info and debug messages, reproduce the problem, then copy the messages into a text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="195"/>
        <source>On the Windows device: event 36 when the certificate request is made (with the NDES URL), 39 when the certificate is installed, 32 or 307 when it fails. Event Viewer, Applications and Services Logs &gt; Microsoft &gt; Windows &gt; DeviceManagement-Enterprise-Diagnostics-Provider &gt; Admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="204"/>
        <source>On the NDES server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="205"/>
        <source>On the device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="278"/>
        <source>Company Portal app &gt; Help &gt; Send logs (OMADM.log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="280"/>
        <source>Console app on a Mac &gt; the device &gt; process profiled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="290"/>
        <source>Training: on a real NDES server this button opens the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="293"/>
        <source>This log is on the device, not on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="295"/>
        <source>This log is on the Windows NDES server; it cannot be opened from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="297"/>
        <source>This folder is not on this server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="301"/>
        <source>Snapshots do not hold a copy of this log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="304"/>
        <location filename="../wizard/loglocations.cpp" line="525"/>
        <source>This snapshot has no %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="416"/>
        <source>Where each log of an NDES enrolment lives, what it shows, and at which stage of the SCEP flow it helps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="420"/>
        <source>Training: these are the places on a real NDES server and on the devices. The Open buttons work in live mode on the server itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="424"/>
        <source>Paths are shown as they are on this server. Open shows the folder or Event Viewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="426"/>
        <source>Live mode on a computer that is not the NDES server: the paths are shown as written on Windows, and the folders cannot be opened from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="430"/>
        <source>Snapshot %1: Open shows the copy the snapshot holds, when it holds one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="444"/>
        <source>Stage %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="448"/>
        <source>Location of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="452"/>
        <source>Open the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="454"/>
        <source>Open Event Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="456"/>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="460"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ndes::ui::LogsWindow</name>
    <message>
        <location filename="../wizard/logswindow.cpp" line="104"/>
        <source>Logs - NDES Doctor - Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logswindow.cpp" line="104"/>
        <source>Logs - NDES Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logswindow.cpp" line="105"/>
        <source>Training: simulated server. Nothing in this window comes from a real NDES server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logswindow.cpp" line="107"/>
        <source>&amp;IIS logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logswindow.cpp" line="108"/>
        <source>&amp;Device and connector logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/logswindow.cpp" line="109"/>
        <source>Log &amp;locations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ndes::ui::MainWindow</name>
    <message>
        <location filename="../wizard/mainwindow.cpp" line="333"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/mainwindow.cpp" line="336"/>
        <source>Language: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/mainwindow.cpp" line="388"/>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/mainwindow.cpp" line="389"/>
        <source>Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/mainwindow.cpp" line="390"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/mainwindow.cpp" line="393"/>
        <source>Mode: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/mainwindow.cpp" line="394"/>
        <source>Training: the results come from a simulated server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/mainwindow.cpp" line="395"/>
        <source>Live: the results come from the server you test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/mainwindow.cpp" line="397"/>
        <source>Mode: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/mainwindow.cpp" line="398"/>
        <source>Snapshot: the server&apos;s facts come from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/mainwindow.cpp" line="406"/>
        <source>Training: simulated server. Nothing on these pages comes from a real NDES server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/mainwindow.cpp" line="409"/>
        <source>Scenario: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/mainwindow.cpp" line="413"/>
        <source>NDES Doctor - Training</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ndes::ui::ProbePage</name>
    <message>
        <location filename="../wizard/pages/probepage.cpp" line="162"/>
        <source>Testing the URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/probepage.cpp" line="163"/>
        <source>Four requests, sent the way devices send them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/probepage.cpp" line="164"/>
        <source>NDES Doctor now asks the server what a browser and a device would ask. It never sends a certificate request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/probepage.cpp" line="166"/>
        <source>Starting the simulated server (creating its keys and certificates)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/probepage.cpp" line="167"/>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/probepage.cpp" line="168"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/probepage.cpp" line="169"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/probepage.cpp" line="170"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/probepage.cpp" line="171"/>
        <source>&amp;Stop the test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/probepage.cpp" line="172"/>
        <source>Stop the test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/probepage.cpp" line="173"/>
        <source>&amp;Run the test again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/probepage.cpp" line="174"/>
        <source>Run the test again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/probepage.cpp" line="181"/>
        <source>the test was stopped. Run it again when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/probepage.cpp" line="186"/>
        <source>the test is finished. Click Next to look at what the server answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/probepage.cpp" line="218"/>
        <source>waiting for the answer...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/probepage.cpp" line="221"/>
        <source>%1: in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/probepage.cpp" line="230"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/probepage.cpp" line="243"/>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/probepage.cpp" line="247"/>
        <source>expired certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/probepage.cpp" line="351"/>
        <source>URL test</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ndes::ui::ProbeRunner</name>
    <message>
        <location filename="../wizard/proberunner.cpp" line="47"/>
        <source>The simulated server could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/proberunner.cpp" line="51"/>
        <source>The simulated server was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/proberunner.cpp" line="68"/>
        <source>The SCEP server URL cannot be tested; go back and correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/proberunner.cpp" line="79"/>
        <source>The CA file &quot;%1&quot; cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/proberunner.cpp" line="88"/>
        <source>The CA file &quot;%1&quot; holds no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ndes::ui::RemediationPage</name>
    <message>
        <location filename="../wizard/pages/remediationpage.cpp" line="100"/>
        <location filename="../wizard/pages/remediationpage.cpp" line="329"/>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/remediationpage.cpp" line="101"/>
        <source>What to do, step by step. Then test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/remediationpage.cpp" line="102"/>
        <source>Test a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/remediationpage.cpp" line="108"/>
        <source>Run the check and the URL test again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/remediationpage.cpp" line="109"/>
        <source>Run the check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/remediationpage.cpp" line="114"/>
        <source>Test the URL again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/remediationpage.cpp" line="103"/>
        <source>A&amp;pply the fix (simulated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/remediationpage.cpp" line="104"/>
        <source>Apply the fix on the simulated server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/remediationpage.cpp" line="107"/>
        <source>%1 (the cause found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/remediationpage.cpp" line="267"/>
        <source>running the check &quot;%1&quot; again...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/remediationpage.cpp" line="273"/>
        <source>the check &quot;%1&quot; now passes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/remediationpage.cpp" line="275"/>
        <source>the check &quot;%1&quot; could not run: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/remediationpage.cpp" line="279"/>
        <source>the check &quot;%1&quot; still finds a problem: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/remediationpage.cpp" line="288"/>
        <source>restarting the simulated server...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/remediationpage.cpp" line="289"/>
        <source>testing the URL again...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/remediationpage.cpp" line="294"/>
        <source>the URL now answers 403, as a healthy NDES server does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/remediationpage.cpp" line="297"/>
        <source>the URL still fails. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/remediationpage.cpp" line="315"/>
        <source>The fix worked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/remediationpage.cpp" line="317"/>
        <source>The check passes now; the URL was not tested, so test it from a device or with the URL test before closing the ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/remediationpage.cpp" line="320"/>
        <source>The snapshot still shows the problem: fix the server, take a new snapshot there, open it, then test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/remediationpage.cpp" line="323"/>
        <source>Not fixed yet: follow the steps above, then test again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ndes::ui::RemediationView</name>
    <message>
        <location filename="../wizard/widgets/remediationview.cpp" line="118"/>
        <source>No fix page yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/remediationview.cpp" line="119"/>
        <source>There is no remediation page for &quot;%1&quot; yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ndes::ui::ScenarioPage</name>
    <message>
        <location filename="../wizard/pages/scenariopage.cpp" line="151"/>
        <source>%1. %2 Difficulty: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/scenariopage.cpp" line="159"/>
        <source>Training scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/scenariopage.cpp" line="160"/>
        <source>Choose the fault the simulated server will have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/scenariopage.cpp" line="161"/>
        <source>&amp;Scenarios (the simulated server runs on this computer only):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/scenariopage.cpp" line="162"/>
        <source>Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/scenariopage.cpp" line="163"/>
        <source>Surprise &amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/scenariopage.cpp" line="164"/>
        <source>Surprise me: pick a scenario at random and hide its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/scenariopage.cpp" line="165"/>
        <source>Picks a scenario at random and hides its name: you find the cause yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/scenariopage.cpp" line="231"/>
        <source>Scenario: surprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/scenariopage.cpp" line="234"/>
        <source>Scenario: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ndes::ui::SidePanel</name>
    <message>
        <location filename="../wizard/sidepanel.cpp" line="111"/>
        <source>S&amp;teps so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/sidepanel.cpp" line="112"/>
        <source>Steps so far; activate one to go back to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/sidepanel.cpp" line="113"/>
        <source>Where we are in SCEP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/sidepanel.cpp" line="114"/>
        <source>Lo&amp;gs...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/sidepanel.cpp" line="115"/>
        <source>Open the logs window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/sidepanel.cpp" line="116"/>
        <source>IIS, device and connector logs, and where every log lives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/sidepanel.cpp" line="138"/>
        <source>%1 (current step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/sidepanel.cpp" line="139"/>
        <source>Current step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/sidepanel.cpp" line="141"/>
        <source>%1 (done; activate to go back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/sidepanel.cpp" line="142"/>
        <source>Go back to this step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ndes::ui::StageTimeline</name>
    <message>
        <location filename="../wizard/widgets/stagetimeline.cpp" line="44"/>
        <source>reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/stagetimeline.cpp" line="45"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/stagetimeline.cpp" line="46"/>
        <source>not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/stagetimeline.cpp" line="47"/>
        <source>no outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/stagetimeline.cpp" line="151"/>
        <source>Lines (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/stagetimeline.cpp" line="152"/>
        <source>Show the log lines for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/stagetimeline.cpp" line="153"/>
        <source>Log lines for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/stagetimeline.cpp" line="161"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ndes::ui::StatusLabel</name>
    <message>
        <location filename="../wizard/widgets/status.cpp" line="24"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/status.cpp" line="25"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/status.cpp" line="26"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/status.cpp" line="27"/>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/status.cpp" line="28"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/status.cpp" line="40"/>
        <location filename="../wizard/widgets/status.cpp" line="50"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ndes::ui::UrlPage</name>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="130"/>
        <location filename="../wizard/pages/urlpage.cpp" line="135"/>
        <source>SCEP server URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="131"/>
        <source>The address devices use to reach NDES.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="132"/>
        <source>S&amp;kip the URL test: analyse the snapshot only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="134"/>
        <source>SCEP server &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="136"/>
        <source>Where to find it: in the Intune admin center, open the SCEP certificate profile; the address is under &quot;SCEP Server URLs&quot;. It usually ends with /certsrv/mscep/mscep.dll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="138"/>
        <source>&amp;Advanced settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="139"/>
        <source>Advanced settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="141"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="142"/>
        <source>Time limit per request, in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="144"/>
        <source> bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="145"/>
        <source>Size of the long URL, in bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="146"/>
        <source>Intune devices can send URLs of up to 65,534 bytes; the server&apos;s limits must allow that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="147"/>
        <source>Extra trusted &amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="148"/>
        <source>PEM file (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="149"/>
        <location filename="../wizard/pages/urlpage.cpp" line="292"/>
        <source>Extra trusted CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="140"/>
        <source>T&amp;ime limit per request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="133"/>
        <source>Skip the URL test and only analyse the snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="143"/>
        <source>Lo&amp;ng URL size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="150"/>
        <source>Bro&amp;wse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="151"/>
        <source>Browse for a CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="224"/>
        <source>Starting the simulated server (creating its keys and certificates)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="227"/>
        <source>The simulated server is running on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="232"/>
        <source>The simulated server could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="234"/>
        <source>The simulated server is stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="245"/>
        <source>only http:// and https:// addresses can be tested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="247"/>
        <source>the address has no server name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="249"/>
        <source>this is not a valid web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="252"/>
        <source>the address does not end with /mscep.dll, where NDES answers. You can still test it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="254"/>
        <source>the address looks right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="296"/>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="296"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="304"/>
        <source>URL: not tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="308"/>
        <source>URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ndes::ui::VerdictPage</name>
    <message>
        <location filename="../wizard/pages/verdictpage.cpp" line="184"/>
        <location filename="../wizard/pages/verdictpage.cpp" line="388"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/verdictpage.cpp" line="185"/>
        <location filename="../wizard/pages/verdictpage.cpp" line="189"/>
        <source>Quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/verdictpage.cpp" line="186"/>
        <source>Look at what the server answered below. Which cause fits?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/verdictpage.cpp" line="187"/>
        <source>&amp;Check my answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/verdictpage.cpp" line="188"/>
        <source>Check my answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/verdictpage.cpp" line="190"/>
        <source>What we saw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/verdictpage.cpp" line="191"/>
        <source>The page as a browser shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/verdictpage.cpp" line="192"/>
        <source>What it means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/verdictpage.cpp" line="199"/>
        <source>Find the cause before the answer is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/verdictpage.cpp" line="199"/>
        <source>What the test found, and what it means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/verdictpage.cpp" line="214"/>
        <source>right, well done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/verdictpage.cpp" line="217"/>
        <source>not this time. The cause was: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/verdictpage.cpp" line="223"/>
        <source>no result yet: go back and run the test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/verdictpage.cpp" line="230"/>
        <source>the test is finished. What went wrong?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/verdictpage.cpp" line="264"/>
        <source>Answer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/verdictpage.cpp" line="269"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/verdictpage.cpp" line="269"/>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/verdictpage.cpp" line="277"/>
        <source>Application proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/verdictpage.cpp" line="277"/>
        <source>not in the path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/verdictpage.cpp" line="289"/>
        <source>%1: %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/verdictpage.cpp" line="292"/>
        <source>Redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/verdictpage.cpp" line="293"/>
        <source>Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/verdictpage.cpp" line="294"/>
        <source>Capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/verdictpage.cpp" line="295"/>
        <source>none received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/verdictpage.cpp" line="304"/>
        <source>expired on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/verdictpage.cpp" line="307"/>
        <source>not valid yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/pages/verdictpage.cpp" line="310"/>
        <location filename="../wizard/pages/verdictpage.cpp" line="312"/>
        <source>valid until %1, %n day(s) left</source>
        <translation>
            <numerusform>valid until %1, %n day left</numerusform>
            <numerusform>valid until %1, %n days left</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/pages/verdictpage.cpp" line="314"/>
        <source>%1 &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/verdictpage.cpp" line="317"/>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/verdictpage.cpp" line="346"/>
        <source>%1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/verdictpage.cpp" line="348"/>
        <source>%1 all failed the same way: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/verdictpage.cpp" line="367"/>
        <source>These answers came from HTTP.sys, not from IIS: %1. The requests never reached the SCEP application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/verdictpage.cpp" line="371"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/verdictpage.cpp" line="389"/>
        <source>Verdict: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ndes::ui::WelcomePage</name>
    <message>
        <location filename="../wizard/pages/welcomepage.cpp" line="114"/>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/welcomepage.cpp" line="115"/>
        <source>What do you want to do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/welcomepage.cpp" line="116"/>
        <source>NDES Doctor tests the SCEP address of an NDES server the way devices use it, tells you what it saw, and shows you how to fix what is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/welcomepage.cpp" line="118"/>
        <source>&amp;Diagnose this NDES server (live)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/welcomepage.cpp" line="120"/>
        <source>Test the SCEP URL and check this server&apos;s settings, logs and certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/welcomepage.cpp" line="122"/>
        <source>Checks on the server itself need Windows: run NDES Doctor on the NDES server for those. From here, the SCEP URL test still works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/welcomepage.cpp" line="124"/>
        <source>Open a &amp;snapshot...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/welcomepage.cpp" line="125"/>
        <source>Analyse the logs and settings collected on an NDES server: a folder or a .zip file, opened below or dropped on this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/welcomepage.cpp" line="127"/>
        <source>F&amp;older...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/welcomepage.cpp" line="128"/>
        <location filename="../wizard/pages/welcomepage.cpp" line="173"/>
        <source>Open a snapshot folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/welcomepage.cpp" line="129"/>
        <source>&amp;Zip file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/welcomepage.cpp" line="130"/>
        <location filename="../wizard/pages/welcomepage.cpp" line="173"/>
        <source>Open a snapshot zip file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/welcomepage.cpp" line="132"/>
        <source>&amp;Training (offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/welcomepage.cpp" line="133"/>
        <source>Practise on a simulated NDES server that has the fault of your choice. Nothing real is touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/welcomepage.cpp" line="178"/>
        <source>Zip files (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/welcomepage.cpp" line="178"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/welcomepage.cpp" line="194"/>
        <source>there is no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/welcomepage.cpp" line="225"/>
        <source>The snapshot %1 cannot be opened: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/welcomepage.cpp" line="231"/>
        <source>No snapshot open yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/pages/welcomepage.cpp" line="237"/>
        <source>(server %1, recorded on %2, %n fact(s)).</source>
        <translation>
            <numerusform>(server %1, recorded on %2, %n fact).</numerusform>
            <numerusform>(server %1, recorded on %2, %n facts).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/pages/welcomepage.cpp" line="241"/>
        <source>(%n fact(s)).</source>
        <translation>
            <numerusform>(%n fact).</numerusform>
            <numerusform>(%n facts).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/pages/welcomepage.cpp" line="245"/>
        <source>%n part(s) of it could not be read; the rest is used.</source>
        <translation>
            <numerusform>%n part of it could not be read; the rest is used.</numerusform>
            <numerusform>%n parts of it could not be read; the rest is used.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/pages/welcomepage.cpp" line="291"/>
        <source>Start: live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/welcomepage.cpp" line="292"/>
        <source>Start: snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/welcomepage.cpp" line="293"/>
        <source>Start: training</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
