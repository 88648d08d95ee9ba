#pragma once

// Text for people about device logs (logs/device/devicelog.h), in the current language. Qt Core only.

#include "logs/device/devicelog.h"

#include <QString>

namespace ndes::ui {

// "Android", "iOS / iPadOS", "Windows".
QString devicePlatformName(logs::device::Platform platform);

// The kind of file that was read, e.g. "Company Portal log (OMADM.log)".
QString deviceFormatName(logs::device::Format format);

// A few words naming the stage, e.g. "GetCACaps answered".
QString deviceStageName(logs::device::Stage stage);

// One sentence saying that the device did or did not get through the stage, e.g. "The device sent its
// certificate request to NDES." / "Nothing shows that the device sent its certificate request."
QString deviceStageSentence(logs::device::Stage stage, bool reached);

// One sentence about the CertRep status ("SUCCESS", "FAILURE", "PENDING"); empty for an empty detail.
QString deviceCertRepSentence(const QString &detail, const QString &failInfo = QString());

// One sentence explaining a failure kind (Failure::kind, "http-403" etc.); unknown kinds get a generic one.
QString deviceFailureSentence(const QString &kind);

// The headline for a report: how far the device got, e.g. "The certificate is installed." or "The device
// stopped after: GetCACaps answered."; a null `reached` says the log shows no enrollment at all.
QString deviceReachedSentence(const logs::device::DeviceLogReport &report);

} // namespace ndes::ui
