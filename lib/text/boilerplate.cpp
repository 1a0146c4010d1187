#include "kg/text/boilerplate.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <string>

namespace kg::text {
namespace {

struct Line {
  std::uint32_t start, end;  // trimmed content
  bool blank_before;         // an empty line (or the document start) precedes it
};

bool is_space_byte(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

std::string lower_ascii(std::string_view s) {
  std::string r(s);
  for (char& c : r) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return r;
}

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool ends_with(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}
bool contains(std::string_view s, std::string_view p) { return s.find(p) != std::string_view::npos; }

// Trims ASCII spaces and the UTF-8 no-break space around a line.
std::string_view trim(std::string_view s) {
  for (;;) {
    if (!s.empty() && is_space_byte(s.front())) s.remove_prefix(1);
    else if (starts_with(s, "\xC2\xA0")) s.remove_prefix(2);
    else break;
  }
  for (;;) {
    if (!s.empty() && is_space_byte(s.back())) s.remove_suffix(1);
    else if (ends_with(s, "\xC2\xA0")) s.remove_suffix(2);
    else break;
  }
  return s;
}

bool is_advertisement(std::string_view line) {
  static const std::array<std::string_view, 9> markers = {
      "advertisement", "advertisements", "advertisement:", "sponsored", "sponsored content",
      "skip advertisement", "story continues below advertisement", "continue reading the main story",
      "article continues below advertisement"};
  if (line.size() > 40) return false;
  std::string l = lower_ascii(line);
  for (std::string_view m : markers)
    if (l == m) return true;
  return false;
}

// Markers of photo captions and credits, found anywhere in a line.
constexpr std::array<std::string_view, 6> kCaptionMarkers = {"CREDIT:", "(AP Photo", "(Photo:", "(Reuters/",
                                                             "Photograph:", "Getty Images"};

// `marked`: the line contains one of kCaptionMarkers.
bool is_caption(std::string_view line, bool marked) {
  if (starts_with(line, "Credit:") || starts_with(line, "Photo credit:") || starts_with(line, "Image copyright") ||
      starts_with(line, "Image caption") || starts_with(line, "Image source"))
    return true;
  if ((ends_with(line, "/AFP") || ends_with(line, "/Reuters") || ends_with(line, "/AP")) && line.size() < 600)
    return true;
  if (!marked) return false;
  if (contains(line, "CREDIT:") || contains(line, "(AP Photo") || contains(line, "(Photo:") ||
      contains(line, "(Reuters/") || contains(line, "Photograph:"))
    return true;
  // "…/Getty Images" ends a caption; in prose the agency is named mid-sentence.
  return (ends_with(line, "/Getty Images") || ends_with(line, "/Getty Images.") || ends_with(line, "Getty Images)")) &&
         line.size() < 600;
}

// Marks the lines (by index into `starts`) that contain `needle`, searching
// the whole text at once rather than line by line.
void mark_lines(std::string_view text, std::string_view needle, const std::vector<std::uint32_t>& starts,
                std::vector<char>& marked) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    const void* hit = ::memmem(text.data() + pos, text.size() - pos, needle.data(), needle.size());
    if (!hit) break;
    const auto at = static_cast<std::uint32_t>(static_cast<const char*>(hit) - text.data());
    auto it = std::upper_bound(starts.begin(), starts.end(), at);
    if (it != starts.begin()) marked[static_cast<std::size_t>(it - starts.begin()) - 1] = 1;
    pos = at + needle.size();
  }
}

bool is_url_line(std::string_view line) {
  if (line.empty() || contains(line, " ") || contains(line, "\t")) return false;
  if (starts_with(line, "http://") || starts_with(line, "https://") || starts_with(line, "www.")) return true;
  // Image paths left behind by scrapers: "/cdn.example.com/a/b.jpg)", "img/x.png".
  std::string l = lower_ascii(line);
  while (!l.empty() && (l.back() == ')' || l.back() == ']' || l.back() == '"')) l.pop_back();
  for (std::string_view ext : {".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg"})
    if (ends_with(l, ext) && contains(l, "/")) return true;
  return starts_with(line, "/") && std::count(line.begin(), line.end(), '/') >= 3;
}

bool is_month(std::string_view w) {
  static const std::array<std::string_view, 12> months = {"January", "February", "March",     "April",
                                                          "May",     "June",     "July",      "August",
                                                          "September", "October", "November", "December"};
  for (std::string_view m : months)
    if (w == m || (w.size() >= 3 && w.size() <= 4 && m.substr(0, 3) == w.substr(0, 3) &&
                   (w.size() == 3 || w[3] == '.')))
      return true;
  return false;
}

// "— Name (@handle) February 9, 2018": the signature of an embedded tweet.
bool is_tweet_signature(std::string_view line) {
  std::string_view s = line;
  if (starts_with(s, "\xE2\x80\x94") || starts_with(s, "\xE2\x80\x93")) s.remove_prefix(3);
  else if (starts_with(s, "--")) s.remove_prefix(2);
  else if (starts_with(s, "-")) s.remove_prefix(1);
  else return false;
  std::size_t at = s.find("(@");
  if (at == std::string_view::npos) return false;
  std::size_t close = s.find(')', at);
  if (close == std::string_view::npos) return false;
  std::string_view date = trim(s.substr(close + 1));
  std::size_t sp = date.find(' ');
  if (sp == std::string_view::npos || !is_month(date.substr(0, sp))) return false;
  std::string_view rest = date.substr(sp + 1);  // "9, 2018"
  std::size_t digits = 0, commas = 0;
  for (char c : rest) {
    if (std::isdigit(static_cast<unsigned char>(c))) ++digits;
    else if (c == ',') ++commas;
    else if (c != ' ') return false;
  }
  return digits >= 5 && digits <= 6 && commas <= 1;
}

// "Author: D. Parvaz", "By Jane Doe and John Roe": short, names only.
bool is_byline(std::string_view line) {
  std::string_view rest;
  if (starts_with(line, "Author:") || starts_with(line, "Authors:")) return line.size() < 120;
  if (starts_with(line, "By ") || starts_with(line, "BY ")) rest = line.substr(3);
  else if (starts_with(line, "Written by ")) rest = line.substr(11);
  else return false;
  if (rest.size() > 80 || rest.empty()) return false;
  // Every word capitalised (names, agencies) or a connector.
  std::size_t words = 0;
  std::size_t i = 0;
  while (i < rest.size()) {
    while (i < rest.size() && (rest[i] == ' ' || rest[i] == ',')) ++i;
    if (i >= rest.size()) break;
    std::size_t j = i;
    while (j < rest.size() && rest[j] != ' ' && rest[j] != ',') ++j;
    std::string_view w = rest.substr(i, j - i);
    ++words;
    const auto c0 = static_cast<unsigned char>(w[0]);
    bool connector = w == "and" || w == "in" || w == "for" || w == "of" || w == "the" || w == "&";
    if (!connector && !(std::isupper(c0) || c0 >= 0x80)) return false;
    i = j;
  }
  return words >= 1 && words <= 10 && !ends_with(rest, ".") && !ends_with(rest, "?") && !ends_with(rest, "!") &&
         !ends_with(rest, ":");
}

}  // namespace

std::vector<Boilerplate> find_boilerplate(std::string_view text) {
  std::vector<Line> lines;
  bool blank = true;
  for (std::size_t pos = 0; pos <= text.size();) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view raw = text.substr(pos, nl - pos);
    std::string_view t = trim(raw);
    if (t.empty()) {
      blank = true;
    } else {
      auto start = static_cast<std::uint32_t>(t.data() - text.data());
      lines.push_back({start, static_cast<std::uint32_t>(start + t.size()), blank});
      blank = false;
    }
    pos = nl + 1;
  }
  std::vector<Boilerplate> out;
  std::vector<const char*> kind(lines.size(), nullptr);
  // Line starts (of the trimmed content) for mapping marker hits to lines;
  // a hit in the leading spaces of a line cannot matter.
  std::vector<std::uint32_t> starts(lines.size());
  for (std::size_t i = 0; i < lines.size(); ++i) starts[i] = lines[i].start;
  std::vector<char> caption(lines.size(), 0), twitter(lines.size(), 0);
  for (std::string_view m : kCaptionMarkers) mark_lines(text, m, starts, caption);
  mark_lines(text, "pic.twitter.com/", starts, twitter);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string_view l = text.substr(lines[i].start, lines[i].end - lines[i].start);
    if (is_advertisement(l)) kind[i] = "advertisement";
    else if (is_tweet_signature(l)) {
      kind[i] = "tweet";
      // The tweet text sits right above its signature, without a blank line.
      if (i > 0 && !lines[i].blank_before && !kind[i - 1]) kind[i - 1] = "tweet";
    } else if (twitter[i] && contains(l, "pic.twitter.com/")) kind[i] = "tweet";
    else if (is_caption(l, caption[i])) kind[i] = "caption";
    else if (is_url_line(l)) kind[i] = "url";
    else if (is_byline(l)) kind[i] = "byline";
  }
  for (std::size_t i = 0; i < lines.size(); ++i)
    if (kind[i]) out.push_back({lines[i].start, lines[i].end, kind[i]});
  return out;
}

}  // namespace kg::text
