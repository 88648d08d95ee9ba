#pragma once

#include <QString>
#include <QStringList>

#include <utility>
#include <variant>

namespace ndes {

// What went wrong, in English for logs; `where` names the file, URL or call that failed,
// `details` carries lower-level reasons (for example the drained OpenSSL error queue).
struct Error {
    QString what;
    QString where;
    QStringList details;

    QString toString() const;
};

// A value or an Error. Small on purpose: it is only the return type of fallible core helpers.
template<typename T>
class [[nodiscard]] Expected {
public:
    Expected(T value) : m_v(std::move(value)) {}
    Expected(Error error) : m_v(std::move(error)) {}

    bool hasValue() const { return m_v.index() == 0; }
    explicit operator bool() const { return hasValue(); }

    T &value() & { return std::get<0>(m_v); }
    const T &value() const & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    T *operator->() { return &std::get<0>(m_v); }
    const T *operator->() const { return &std::get<0>(m_v); }
    T &operator*() & { return std::get<0>(m_v); }
    const T &operator*() const & { return std::get<0>(m_v); }

    const Error &error() const { return std::get<1>(m_v); }

private:
    std::variant<T, Error> m_v;
};

} // namespace ndes
