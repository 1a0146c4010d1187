#include "vocabulary.h"

#include <map>

namespace kg::io {

std::string type_class(const graph::ActorVertex& v) {
  if (!v.actor) return "Thing";
  std::string t = v.type.str();
  for (char& c : t)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  static const std::map<std::string, std::string> known{
      {"PERSON", "Person"}, {"ORG", "Organization"}, {"GPE", "GeopoliticalEntity"},
      {"LOC", "Location"},  {"NORP", "NationalityReligiousOrPoliticalGroup"},
      {"GROUP", "Group"},   {"FAC", "Facility"},     {"EVENT", "Event"}};
  if (t.empty()) return "Actor";
  auto it = known.find(t);
  if (it != known.end()) return it->second;
  // Letters and digits only, so the name is a valid local name and label.
  std::string safe = "Type_";
  for (char c : t)
    safe += (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ? c : '_';
  return safe;
}

}  // namespace kg::io
