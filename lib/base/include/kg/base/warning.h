// Warnings: input kg handles in a defined way that the user should still hear
// about (a sentence cut at the parser's limit, a document given twice). They
// go to stderr as "kg: warning: <what>", one line each, also under --quiet
// (which only hides progress): nothing is dropped silently.
#pragma once
#include <functional>
#include <string>

namespace kg {

void warn(const std::string& message);

// Routes warnings to `sink` instead of stderr (tests collect them this way);
// an empty function restores stderr. Returns the previous sink.
using WarningSink = std::function<void(const std::string&)>;
WarningSink set_warning_sink(WarningSink sink);

}  // namespace kg
