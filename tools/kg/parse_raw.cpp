#include "parse_raw.h"

#include <algorithm>
#include <string_view>

#include "kg/base/error.h"
#include "kg/text/tokenizer.h"

namespace kg::cli {

std::vector<nlp::Sentence> parse_gold_text(const nlp::Pipeline& pipeline, const text::SentenceSplitter& splitter,
                                           const std::vector<nlp::Sentence>& gold, const std::string& source,
                                           std::vector<std::pair<std::size_t, std::size_t>>& spans) {
  std::vector<text::Document> docs;
  for (const nlp::Sentence& s : gold) {
    bool newdoc = docs.empty(), newpar = false;
    for (const std::string& c : s.comments) {
      if (c.rfind("newdoc", 0) == 0) newdoc = true;
      if (c.rfind("newpar", 0) == 0) newpar = true;
    }
    if (s.text.empty()) throw Error(at_line(source, s.line, "sentence has no '# text' line (needed by --raw)"));
    if (newdoc) {
      text::Document d;
      d.id = "doc" + std::to_string(docs.size() + 1);
      d.source = source;
      docs.push_back(std::move(d));
    } else {
      docs.back().text += newpar ? "\n\n" : " ";
    }
    docs.back().text += s.text;
  }
  text::TokenizeOptions topt;
  topt.keep_boilerplate = true;  // treebank text is all content
  topt.splitter = &splitter;
  std::vector<nlp::Sentence> out;
  std::size_t base = 0;  // non-space characters in the documents before this one
  for (const text::Document& d : docs) {
    // chars[i] = characters of d.text before byte i, not counting white
    // space (Unicode spaces too: the gold forms never contain them).
    std::vector<std::size_t> chars(d.text.size() + 1, 0);
    for (std::size_t i = 0; i < d.text.size(); ++i) {
      const unsigned char c = static_cast<unsigned char>(d.text[i]);
      bool counts = !(c == ' ' || c == '\t' || c == '\n' || c == '\r') && (c & 0xC0) != 0x80;
      if (c >= 0xC0 && counts) {
        std::string_view rest = std::string_view(d.text).substr(i, 3);
        static constexpr std::string_view kSpaces[] = {"\xC2\xA0", "\xE2\x80\x80", "\xE2\x80\x81", "\xE2\x80\x82",
                                                       "\xE2\x80\x83", "\xE2\x80\x84", "\xE2\x80\x85", "\xE2\x80\x86",
                                                       "\xE2\x80\x87", "\xE2\x80\x88", "\xE2\x80\x89", "\xE2\x80\x8A",
                                                       "\xE2\x80\xAF", "\xE3\x80\x80", "\xEF\xBB\xBF", "\xE2\x80\x8B"};
        for (std::string_view sp : kSpaces)
          if (rest.substr(0, sp.size()) == sp) counts = false;
      }
      chars[i + 1] = chars[i] + (counts ? 1 : 0);
    }
    auto part = pipeline.annotate(d, text::tokenize(d, topt));
    for (auto& s : part) {
      for (const nlp::Word& w : s.words) {
        std::size_t a = chars[std::min<std::size_t>(w.start, d.text.size())];
        std::size_t b = chars[std::min<std::size_t>(w.end, d.text.size())];
        spans.emplace_back(base + a, base + b);
      }
      out.push_back(std::move(s));
    }
    base += chars.back();
  }
  return out;
}

}  // namespace kg::cli
