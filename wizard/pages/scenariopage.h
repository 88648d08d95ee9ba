#pragma once

#include "page.h"

class QLabel;
class QListWidget;
class QPushButton;

namespace ndes::ui {

// The training scenarios: name, symptom and difficulty; "Surprise me" picks one and hides its name.
class ScenarioPage : public Page {
    Q_OBJECT
public:
    ScenarioPage(const PageContext &context, QWidget *parent = nullptr);

    bool isComplete() const override;
    QString stepLabel() const override;
    QWidget *preferredFocus() const override;
    void selectScenario(const QString &id);
    QString selectedScenario() const;

protected:
    void retranslate() override;
    void initializePage() override;
    bool validatePage() override;

private:
    void fillList();
    void surprise();

    QLabel *m_intro;
    QListWidget *m_list;
    QPushButton *m_surprise;
    QLabel *m_surpriseHint;
    bool m_quizPicked = false;
    QString m_quizScenario;
};

} // namespace ndes::ui
