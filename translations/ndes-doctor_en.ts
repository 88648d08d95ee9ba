<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>FindingText</name>
    <message>
        <location filename="../wizard/texts.cpp" line="82"/>
        <source>HTTP.sys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="84"/>
        <source>IIS request filtering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="85"/>
        <source>the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="244"/>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="245"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="246"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="262"/>
        <source>%1 failed with HTTP %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="263"/>
        <source>%1 failed with HTTP %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="267"/>
        <source>%1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="268"/>
        <source>%1 failed: %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="271"/>
        <source>Capabilities announced by the server: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="273"/>
        <source>GetCACaps answered, but announced no capability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="275"/>
        <source>The server does not announce POSTPKIOperation: devices send their requests inside the URL, so the long-URL limits matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="279"/>
        <source>%1 certificate &quot;%2&quot;, issued by &quot;%3&quot;, valid from %4 to %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/texts.cpp" line="284"/>
        <source>%1: expired %n day(s) ago.</source>
        <translation>
            <numerusform>%1: expired %n day ago.</numerusform>
            <numerusform>%1: expired %n days ago.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/texts.cpp" line="285"/>
        <source>%1: %n day(s) left.</source>
        <translation>
            <numerusform>%1: %n day left.</numerusform>
            <numerusform>%1: %n days left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/texts.cpp" line="288"/>
        <source>The %1 certificate &quot;%2&quot; expired on %3, %n day(s) ago.</source>
        <translation>
            <numerusform>The %1 certificate &quot;%2&quot; expired on %3, %n day ago.</numerusform>
            <numerusform>The %1 certificate &quot;%2&quot; expired on %3, %n days ago.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/texts.cpp" line="293"/>
        <source>The %1 certificate &quot;%2&quot; expires on %3, in %n day(s).</source>
        <translation>
            <numerusform>The %1 certificate &quot;%2&quot; expires on %3, in %n day.</numerusform>
            <numerusform>The %1 certificate &quot;%2&quot; expires on %3, in %n days.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="298"/>
        <source>The GetCACert answer has no %1 certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="301"/>
        <source>The GetCACert answer could not be read (content type &quot;%1&quot;): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="302"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="305"/>
        <source>The server calls itself &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="307"/>
        <source>The answer does not say which server sent it (no Server header).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="309"/>
        <source>The %1 answer came from HTTP.sys, not from IIS: the request never reached the SCEP application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="315"/>
        <source>The request went through Microsoft Entra application proxy (headers: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="318"/>
        <source>The proxy reports the error &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="322"/>
        <source>%1 was redirected: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="327"/>
        <source>A URL of %1 bytes was refused with HTTP %2 by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="333"/>
        <source>A URL of %1 bytes was accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="335"/>
        <source>TLS problem: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="337"/>
        <source>%1 took %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="339"/>
        <source>The %1 answer was cut after %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="342"/>
        <source>The NDES page is in %1 without a byte-order mark, exactly as real NDES servers send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="353"/>
        <source>the request worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="358"/>
        <source>the server sends the browser elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="359"/>
        <source>the server found the request malformed or too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="361"/>
        <source>sign-in required: the site&apos;s authentication settings refuse anonymous access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="362"/>
        <source>sign-in required: the site asks for credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="364"/>
        <source>access denied; on mscep.dll without a request, this is the healthy answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="367"/>
        <source>request filtering refused a URL that is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="369"/>
        <source>request filtering refused a query string that is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="371"/>
        <source>nothing at this address: check the path of the URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="373"/>
        <source>this method is not allowed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="374"/>
        <source>the URL is longer than HTTP.sys accepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="375"/>
        <source>the application failed while handling the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="376"/>
        <source>a gateway got no valid answer from the server behind it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="377"/>
        <source>no application is there to take the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="378"/>
        <source>a gateway waited too long for the server behind it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="379"/>
        <source>no documented meaning for this code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="381"/>
        <source>HTTP %1 means: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestText</name>
    <message>
        <location filename="../wizard/texts.cpp" line="445"/>
        <source>Browser test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="446"/>
        <source>GetCACaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="447"/>
        <source>GetCACert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="448"/>
        <source>Long URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="465"/>
        <source>The URL alone, as a browser opens it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="466"/>
        <source>What the SCEP server can do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="467"/>
        <source>The CA and RA certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="468"/>
        <source>A URL as long as the ones devices send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="476"/>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="477"/>
        <source>No answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="478"/>
        <source>Name not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="479"/>
        <source>Connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="480"/>
        <source>Host unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="481"/>
        <source>Secure connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="482"/>
        <source>Redirect loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="483"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="484"/>
        <source>Not an HTTP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="485"/>
        <source>Network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="505"/>
        <source>RA signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="506"/>
        <source>RA encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="507"/>
        <source>CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="508"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioText</name>
    <message>
        <location filename="../wizard/texts.cpp" line="386"/>
        <source>Healthy server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="387"/>
        <source>Connector not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="388"/>
        <source>SCEP application pool stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="389"/>
        <source>Application proxy connector stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="390"/>
        <source>HTTP.sys limits left at their defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="391"/>
        <source>Request filtering left at its defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="392"/>
        <source>Wrong external URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="393"/>
        <source>Service account locked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="394"/>
        <source>MSCEP-RA certificates expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="395"/>
        <source>Untrusted server certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="396"/>
        <source>Server never answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="397"/>
        <source>Windows authentication turned on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="398"/>
        <source>Impersonation right missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="405"/>
        <source>Everything works; the URL answers 403 as it should.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="407"/>
        <source>The browser shows the NDES welcome page instead of an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="409"/>
        <source>Every request ends with &quot;Service Unavailable&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="411"/>
        <source>Through the application proxy, requests end in GatewayTimeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="413"/>
        <source>Short requests work; long ones get &quot;URL too long&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="415"/>
        <source>Short requests work; long ones get a 404.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="417"/>
        <source>The browser says the page can&apos;t be displayed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="419"/>
        <source>Every NDES request fails with error 500.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="421"/>
        <source>Error 500, and the server&apos;s RA certificates look old.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="423"/>
        <source>The browser warns that the connection is not secure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="425"/>
        <source>The browser keeps loading until it gives up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="427"/>
        <source>The browser asks for a user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="429"/>
        <source>The browser test looks fine, yet devices get error 500.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="436"/>
        <source>Easy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="437"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="438"/>
        <source>Hard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageText</name>
    <message>
        <location filename="../wizard/texts.cpp" line="526"/>
        <source>Profile deployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="527"/>
        <source>Device to NDES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="528"/>
        <source>NDES to policy module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="529"/>
        <source>NDES to CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="530"/>
        <source>Certificate delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="531"/>
        <source>Reported to Intune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="539"/>
        <source>Intune sends the SCEP certificate profile to the device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="540"/>
        <source>The device contacts the NDES server at the SCEP URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="541"/>
        <source>NDES asks the Intune policy module to check the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="542"/>
        <source>NDES passes the request to the certification authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="543"/>
        <source>The certificate goes back to the device and is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="544"/>
        <source>The device reports the certificate to Intune.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerdictText</name>
    <message>
        <location filename="../wizard/texts.cpp" line="93"/>
        <source>URL works (403)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="94"/>
        <source>NDES page instead of 403</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="95"/>
        <source>Service unavailable (503)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="96"/>
        <source>Gateway timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="97"/>
        <source>Long requests refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="98"/>
        <source>Server unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="99"/>
        <source>Internal error (500)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="100"/>
        <source>Certificate not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="101"/>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="102"/>
        <source>Unexpected answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="111"/>
        <source>The SCEP URL works: the server answers 403 Forbidden, which is what a healthy NDES server answers to a browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="114"/>
        <source>The server shows the NDES welcome page instead of answering 403: the Intune certificate connector is not active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="117"/>
        <source>The SCEP application pool is not running: the server answers 503 Service Unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="119"/>
        <source>The application proxy cannot reach its connector: it answers GatewayTimeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="121"/>
        <source>Long requests are refused: the server rejects a URL as long as the ones devices send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="123"/>
        <source>The server cannot be reached: a browser would say &quot;This page can&apos;t be displayed&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="125"/>
        <source>NDES fails with 500 Internal Server Error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="127"/>
        <source>The secure connection fails: the server&apos;s certificate is not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="129"/>
        <source>The server does not answer: no reply came before the time limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="132"/>
        <source>The server gives an unexpected answer: HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="133"/>
        <source>The server gives an unexpected answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="149"/>
        <source>The browser test alone looks fine; the %1 request shows where devices fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="156"/>
        <source>A 403 on the bare URL is the expected answer: IIS, NDES and the Intune policy module are all in place, and the SCEP requests work.

If devices still get no certificate, the problem is further along. Look at the IIS logs to see whether the devices reach this server, then at the logs of one device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="162"/>
        <source>NDES itself works, but the Intune certificate connector, which plugs into NDES as its policy module, is not installed or not loaded. Without it NDES answers with its own welcome page, and devices cannot enrol.

Check the connector&apos;s installation log (SetupMsi.log). If the installation failed, install the connector again; if it succeeded, restart IIS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="169"/>
        <source>The 503 page comes from HTTP.sys, the part of Windows under IIS: no IIS worker process was there to take the request. The SCEP application pool is stopped, or it starts and crashes (event 1000 for w3wp.exe in the Application log).

Known causes: an intermediate CA certificate stored among the trusted root certificates, a certificate revocation list that cannot be downloaded, or Windows authentication turned on for CertificateRegistrationSvc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="177"/>
        <source>The request went through Microsoft Entra application proxy, which found no working connector to pass it to the NDES server.

The application proxy connector service (WAPCSvc) on the connector server is stopped, or it is not set to start automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="183"/>
        <source>The short requests work, but the long one is refused, by HTTP.sys (414) or by IIS request filtering (404.14 or 404.15). Devices send their certificate request inside the URL, up to 65,534 bytes, so they fail.

Raise the request filtering limits (maxUrl and maxQueryString) and the HTTP.sys limits (MaxFieldLength and MaxRequestBytes) to 65534.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="190"/>
        <source>No HTTP answer came back: the name does not resolve, the connection is refused, or there is no route to the server.

When the URL goes through the application proxy, check that the external URL of the proxy application is exactly the URL of the SCEP profile. Otherwise check the DNS name and the firewalls between the devices and the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="197"/>
        <source>IIS received the request, but NDES could not handle it.

The usual causes: the NDES service account is locked out or its password has expired, or the MSCEP-RA certificates (the NDES server&apos;s own certificates) have expired. When the IIS log shows &quot;500 0 1346&quot;, the IIS_IUSRS group lacks the right to impersonate a client after authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="204"/>
        <source>The TLS handshake failed before any HTTP exchange: the certificate chain is not trusted, the name does not match, or the certificate has expired. Devices fail in the same way.

Fix the certificate bound to the IIS site, or deploy the missing trusted root certificate profile to the devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="210"/>
        <source>The connection opened, but no answer arrived in time.

Something on the path (a firewall, a proxy, a load balancer) holds or drops the traffic, or the server is overloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="215"/>
        <source>This answer is none of the documented cases. Read the status code and the page below: the meaning of the IIS code is given with the findings.

A 401 usually means Windows authentication was turned on for the SCEP site; a redirect to a sign-in page means pre-authentication is enabled on the application proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="227"/>
        <source>Nothing: the SCEP URL is healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="228"/>
        <source>The Intune certificate connector is not installed or not active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="229"/>
        <source>The SCEP application pool is stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="230"/>
        <source>The application proxy connector service is stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="231"/>
        <source>The request size limits were never raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="232"/>
        <source>The URL is wrong or the host cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="233"/>
        <source>The NDES service account or its RA certificates are at fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="234"/>
        <source>The server&apos;s TLS certificate is not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="235"/>
        <source>Something on the network drops the traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="236"/>
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
        <location filename="../wizard/helpdialog.cpp" line="111"/>
        <source># Help

Run the URL test first: the help for the fix depends on what it finds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ndes::ui::MainWindow</name>
    <message>
        <location filename="../wizard/mainwindow.cpp" line="314"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/mainwindow.cpp" line="317"/>
        <source>Language: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/mainwindow.cpp" line="369"/>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/mainwindow.cpp" line="370"/>
        <source>Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/mainwindow.cpp" line="371"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/mainwindow.cpp" line="374"/>
        <location filename="../wizard/mainwindow.cpp" line="375"/>
        <source>Mode: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/mainwindow.cpp" line="376"/>
        <source>Training: the results come from a simulated server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/mainwindow.cpp" line="377"/>
        <source>Live: the results come from the server you test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/mainwindow.cpp" line="380"/>
        <source>Training: simulated server. Nothing on these pages comes from a real NDES server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/mainwindow.cpp" line="383"/>
        <source>Scenario: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/mainwindow.cpp" line="387"/>
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
        <location filename="../wizard/pages/probepage.cpp" line="359"/>
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
        <location filename="../wizard/pages/remediationpage.cpp" line="66"/>
        <location filename="../wizard/pages/remediationpage.cpp" line="166"/>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/remediationpage.cpp" line="67"/>
        <source>What to do, step by step. Then test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/remediationpage.cpp" line="68"/>
        <source>Test a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/remediationpage.cpp" line="69"/>
        <source>Test the URL again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/remediationpage.cpp" line="70"/>
        <source>A&amp;pply the fix (simulated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/remediationpage.cpp" line="71"/>
        <source>Apply the fix on the simulated server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/remediationpage.cpp" line="150"/>
        <source>restarting the simulated server...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/remediationpage.cpp" line="151"/>
        <source>testing the URL again...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/remediationpage.cpp" line="156"/>
        <source>fixed: the URL now answers 403, as a healthy NDES server does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/remediationpage.cpp" line="158"/>
        <source>not fixed yet. %1</source>
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
        <location filename="../wizard/sidepanel.cpp" line="90"/>
        <source>S&amp;teps so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/sidepanel.cpp" line="91"/>
        <source>Steps so far; activate one to go back to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/sidepanel.cpp" line="92"/>
        <source>Where we are in SCEP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/sidepanel.cpp" line="114"/>
        <source>%1 (current step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/sidepanel.cpp" line="115"/>
        <source>Current step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/sidepanel.cpp" line="117"/>
        <source>%1 (done; activate to go back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/sidepanel.cpp" line="118"/>
        <source>Go back to this step</source>
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
        <location filename="../wizard/pages/urlpage.cpp" line="123"/>
        <location filename="../wizard/pages/urlpage.cpp" line="126"/>
        <source>SCEP server URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="124"/>
        <source>The address devices use to reach NDES.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="125"/>
        <source>SCEP server &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="127"/>
        <source>Where to find it: in the Intune admin center, open the SCEP certificate profile; the address is under &quot;SCEP Server URLs&quot;. It usually ends with /certsrv/mscep/mscep.dll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="129"/>
        <source>&amp;Advanced settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="130"/>
        <source>Advanced settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="132"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="133"/>
        <source>Time limit per request, in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="135"/>
        <source> bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="136"/>
        <source>Size of the long URL, in bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="137"/>
        <source>Intune devices can send URLs of up to 65,534 bytes; the server&apos;s limits must allow that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="138"/>
        <source>Extra trusted &amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="139"/>
        <source>PEM file (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="140"/>
        <location filename="../wizard/pages/urlpage.cpp" line="251"/>
        <source>Extra trusted CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="131"/>
        <source>T&amp;ime limit per request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="134"/>
        <source>Lo&amp;ng URL size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="141"/>
        <source>Bro&amp;wse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="142"/>
        <source>Browse for a CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="189"/>
        <source>Starting the simulated server (creating its keys and certificates)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="192"/>
        <source>The simulated server is running on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="197"/>
        <source>The simulated server could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="199"/>
        <source>The simulated server is stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="210"/>
        <source>only http:// and https:// addresses can be tested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="212"/>
        <source>the address has no server name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="214"/>
        <source>this is not a valid web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="217"/>
        <source>the address does not end with /mscep.dll, where NDES answers. You can still test it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="219"/>
        <source>the address looks right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="255"/>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="255"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="265"/>
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
        <location filename="../wizard/pages/welcomepage.cpp" line="77"/>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/welcomepage.cpp" line="78"/>
        <source>What do you want to do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/welcomepage.cpp" line="79"/>
        <source>NDES Doctor tests the SCEP address of an NDES server the way devices use it, tells you what it saw, and shows you how to fix what is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/welcomepage.cpp" line="81"/>
        <source>&amp;Diagnose this NDES server (live)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/welcomepage.cpp" line="83"/>
        <source>Test the SCEP URL and check this server&apos;s settings, logs and certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/welcomepage.cpp" line="85"/>
        <source>Checks on the server itself need Windows: run NDES Doctor on the NDES server for those. From here, the SCEP URL test still works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/welcomepage.cpp" line="87"/>
        <source>Open a &amp;snapshot...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/welcomepage.cpp" line="88"/>
        <source>Analyse logs and settings collected on a server. Available in a later version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/welcomepage.cpp" line="89"/>
        <source>&amp;Training (offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/welcomepage.cpp" line="90"/>
        <source>Practise on a simulated NDES server that has the fault of your choice. Nothing real is touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/welcomepage.cpp" line="131"/>
        <source>Start: live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/welcomepage.cpp" line="132"/>
        <source>Start: snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/welcomepage.cpp" line="133"/>
        <source>Start: training</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
