#include "kg/text/ud_gold.h"

#include "kg/base/atomic_file.h"
#include "kg/base/error.h"
#include "char_class.h"

namespace kg::text {
namespace {

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

struct PendingToken {
  std::string form;
  std::vector<std::string> words;
  std::size_t line;
};

class GoldBuilder {
 public:
  explicit GoldBuilder(std::string source) : source_(std::move(source)) {}

  void newdoc(std::string id) {
    if (!docs_.empty() && docs_.back().text.empty()) docs_.back().id = std::move(id);
    else {
      docs_.emplace_back();
      docs_.back().id = std::move(id);
    }
    new_paragraph_ = true;
  }
  void newpar() { new_paragraph_ = true; }
  void text(std::string t, std::size_t line) {
    text_ = std::move(t);
    text_line_ = line;
    has_text_ = true;
  }
  void token(std::string form, std::size_t line) { tokens_.push_back({std::move(form), {}, line}); }
  void word(std::string form, bool in_multiword, std::size_t line) {
    if (in_multiword && !tokens_.empty()) tokens_.back().words.push_back(std::move(form));
    else tokens_.push_back({form, {form}, line});
  }

  void end_sentence(std::size_t line) {
    if (tokens_.empty()) return;
    if (!has_text_) throw Error(at_line(source_, line, "sentence without a '# text' line"));
    if (docs_.empty()) newdoc("doc1");
    GoldDocument& d = docs_.back();
    if (!d.text.empty()) d.text += new_paragraph_ ? "\n\n" : " ";
    new_paragraph_ = false;
    const auto base = static_cast<std::uint32_t>(d.text.size());
    d.text += text_;
    std::size_t cursor = 0;
    const std::size_t first = d.tokens.size();
    for (PendingToken& t : tokens_) {
      while (cursor < text_.size()) {
        int len;
        if (!detail::is_space_cp(detail::cp_at(text_, cursor, len))) break;
        cursor += static_cast<std::size_t>(len);
      }
      if (text_.compare(cursor, t.form.size(), t.form) != 0)
        throw Error(at_line(source_, t.line, "token '" + t.form + "' does not match the sentence's '# text' (line " +
                                                 std::to_string(text_line_) + ")"));
      GoldToken g;
      g.start = base + static_cast<std::uint32_t>(cursor);
      g.end = g.start + static_cast<std::uint32_t>(t.form.size());
      g.words = std::move(t.words);
      if (g.words.empty()) g.words.push_back(t.form);
      cursor += t.form.size();
      d.tokens.push_back(std::move(g));
    }
    d.sentences.emplace_back(d.tokens[first].start, d.tokens.back().end);
    tokens_.clear();
    has_text_ = false;
  }

  std::vector<GoldDocument> finish(std::size_t line) {
    end_sentence(line);
    return std::move(docs_);
  }

 private:
  std::string source_;
  std::vector<GoldDocument> docs_;
  std::vector<PendingToken> tokens_;
  std::string text_;
  std::size_t text_line_ = 0;
  bool has_text_ = false, new_paragraph_ = true;
};

}  // namespace

std::vector<GoldDocument> read_ud_gold(const std::filesystem::path& path) {
  const std::string data = read_file(path);
  const std::string source = path.string();
  GoldBuilder b(source);
  std::size_t pos = 0, line_no = 0;
  int multiword_last = 0;  // last word id covered by the current multiword token
  while (pos < data.size()) {
    ++line_no;
    std::size_t nl = data.find('\n', pos);
    if (nl == std::string::npos) nl = data.size();
    std::string_view line(data.data() + pos, nl - pos);
    pos = nl + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) {
      b.end_sentence(line_no);
      multiword_last = 0;
      continue;
    }
    if (line[0] == '#') {
      if (starts_with(line, "# newdoc")) {
        b.end_sentence(line_no);
        std::size_t eq = line.find('=');
        b.newdoc(eq == std::string_view::npos ? "doc" + std::to_string(line_no)
                                              : std::string(line.substr(eq + 1 + (eq + 1 < line.size() && line[eq + 1] == ' '))));
      } else if (starts_with(line, "# newpar")) {
        b.end_sentence(line_no);
        b.newpar();
      } else if (starts_with(line, "# text = ")) {
        b.text(std::string(line.substr(9)), line_no);
      }
      continue;
    }
    std::size_t t1 = line.find('\t');
    std::size_t t2 = t1 == std::string_view::npos ? t1 : line.find('\t', t1 + 1);
    if (t2 == std::string_view::npos) throw Error(at_line(source, line_no, "expected a tab-separated CoNLL-U word line"));
    std::string_view id = line.substr(0, t1);
    std::string form(line.substr(t1 + 1, t2 - t1 - 1));
    if (id.find('.') != std::string_view::npos) continue;  // empty nodes
    if (std::size_t dash = id.find('-'); dash != std::string_view::npos) {
      try {
        multiword_last = std::stoi(std::string(id.substr(dash + 1)));
      } catch (const std::exception&) {
        throw Error(at_line(source, line_no, "bad multiword token range '" + std::string(id) + "'"));
      }
      b.token(std::move(form), line_no);
      continue;
    }
    int n = 0;
    try {
      n = std::stoi(std::string(id));
    } catch (const std::exception&) {
      throw Error(at_line(source, line_no, "bad word id '" + std::string(id) + "'"));
    }
    b.word(std::move(form), n <= multiword_last, line_no);
  }
  return b.finish(line_no);
}

}  // namespace kg::text
