#pragma once

#include "logs/iis/scepsummary.h"

#include <QDateTime>
#include <QList>
#include <QWidget>

#include <array>
#include <map>

namespace ndes::ui {

// SCEP requests over time as stacked bars by status class (2xx, 3xx, 4xx, 5xx, other), in local time.
// One bar per hour; per day when there would be more than kMaxHourBuckets hours, per week beyond
// kMaxDayBuckets days and per month beyond kMaxWeekBuckets weeks. Empty buckets inside the span are
// kept, so a gap shows as a gap.
class HourChart : public QWidget {
    Q_OBJECT
public:
    enum class Unit { Hour, Day, Week, Month };
    enum StatusClass { S2xx, S3xx, S4xx, S5xx, SOther, kClassCount };

    struct Bucket {
        QDateTime start; // local time
        std::array<qint64, kClassCount> counts{};
        qint64 total = 0;
    };

    static constexpr int kMaxHourBuckets = 72;
    static constexpr int kMaxDayBuckets = 120;
    static constexpr int kMaxWeekBuckets = 104;

    explicit HourChart(QWidget *parent = nullptr);

    // `perHour` as ScepSummary gives it: UTC hours since 1970 with their counts.
    void setData(const std::map<std::int64_t, logs::iis::HourCounts> &perHour);
    void clear();

    Unit unit() const { return m_unit; }
    const QList<Bucket> &buckets() const { return m_buckets; }
    int bucketCount() const { return int(m_buckets.size()); }
    // The words of the legend, in the order of StatusClass.
    static QString className(int statusClass);
    QString summaryText() const; // what the accessible description says

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Geometry {
        QRect plot;
        QRect legend;
        qreal barWidth = 0;
        qint64 yMax = 1;
        qint64 yStep = 1;
    };
    Geometry geometry() const;
    int bucketAt(const QPoint &pos) const;
    QString bucketLabel(const Bucket &b, bool withDate) const;
    QString bucketRange(const Bucket &b) const;
    void refreshAccessibility();
    static QColor classColor(int statusClass);

    std::map<std::int64_t, logs::iis::HourCounts> m_data;
    QList<Bucket> m_buckets;
    Unit m_unit = Unit::Hour;
    qint64 m_max = 0;
};

} // namespace ndes::ui
