// The yardstick for start-up time: a bare QWizard with one page, shown, grabbed to a PNG, then closed.
// NDES Doctor's own start-up (to its first page) is measured the same way by tests/bench/run.sh.
#include <QApplication>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizard>
#include <QWizardPage>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("bare-wizard.png");
    QWizard wizard;
    auto *page = new QWizardPage;
    page->setTitle(QStringLiteral("Welcome"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(QStringLiteral("A bare QWizard page.")));
    wizard.addPage(page);
    wizard.resize(1000, 700);
    wizard.show();
    QTimer::singleShot(0, &wizard, [&wizard, out] {
        wizard.grab().save(out);
        QApplication::quit();
    });
    return QApplication::exec();
}
