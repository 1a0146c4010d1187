#include "style.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "text_util.h"

namespace kg::io {

std::string style_key(const graph::ActorVertex& v) {
  if (!v.actor) return "THING";
  std::string t = v.type.empty() ? std::string("ACTOR") : v.type.str();
  for (char& c : t)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return t;
}

NodeStyle node_style(std::string_view key) {
  // Pastel fills keep black labels readable; shapes differ too, for readers
  // who cannot tell the colours apart and for grey-scale prints.
  if (key == "PERSON") return {"ellipse", "filled", "#fdd0a2", "#d94801", "black", "person"};
  if (key == "ORG") return {"box", "filled", "#c6dbef", "#2171b5", "black", "organisation"};
  if (key == "GPE") return {"hexagon", "filled", "#c7e9c0", "#238b45", "black", "country, city, state"};
  if (key == "LOC") return {"house", "filled", "#d9f0a3", "#5b8f29", "black", "place"};
  if (key == "NORP") return {"parallelogram", "filled", "#dadaeb", "#6a51a3", "black", "nationality, group"};
  if (key == "GROUP") return {"octagon", "filled", "#fcc5c0", "#ae017e", "black", "group"};
  if (key == "THING") return {"box", "rounded,dashed", "white", "#969696", "#404040", "thing (not an actor)"};
  // Other types (FAC, EVENT, LAW, ...): a stable colour from the name.
  static const std::array<const char*, 6> fills{"#fff2ae", "#f1e2cc", "#cbd5e8", "#f4cae4", "#e6f5c9", "#b3e2cd"};
  std::size_t h = 0;
  for (char c : key) h = h * 31 + static_cast<unsigned char>(c);
  std::string desc(key);
  for (char& c : desc)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return {"box", "rounded,filled", fills[h % fills.size()], "#525252", "black", desc};
}

std::string quad_key(std::string_view quad_class) {
  const std::string f = fold_name(quad_class);
  for (const char* k : {"verbal cooperation", "material cooperation", "verbal conflict", "material conflict"})
    if (f == k) return k;
  return "";
}

EdgeStyle edge_style(std::string_view key) {
  // Cooperation in blues/greens, conflict in oranges/reds; material (deeds)
  // darker than verbal (words).
  if (key == "verbal cooperation") return {"#4a90d9", "verbal cooperation"};
  if (key == "material cooperation") return {"#1a7f37", "material cooperation"};
  if (key == "verbal conflict") return {"#f08c00", "verbal conflict"};
  if (key == "material conflict") return {"#c1121f", "material conflict"};
  return {"#7f7f7f", "other relation"};
}

double edge_width(std::uint32_t count) {
  return std::min(6.0, 1.0 + 1.5 * std::log2(static_cast<double>(std::max<std::uint32_t>(1, count))));
}

}  // namespace kg::io
