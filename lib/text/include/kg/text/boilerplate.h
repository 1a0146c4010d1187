// Scraped-news boilerplate: whole lines that are not article prose.
#pragma once
#include <string_view>
#include <vector>

#include "kg/text/document.h"

namespace kg::text {

// Finds the boilerplate lines of a document: "advertisement" (ad markers),
// "caption" (photo captions with a credit: "CREDIT:", "(AP Photo/…)",
// "…/Getty Images"), "url" (a URL or image path alone on its line), "tweet"
// (embedded tweets: a line with "pic.twitter.com/…", the signature line
// "— Name (@handle) Month D, YYYY" and the tweet text just above it) and
// "byline" ("Author: …", "By First Last"). Spans exclude the line break.
std::vector<Boilerplate> find_boilerplate(std::string_view text);

}  // namespace kg::text
