// Helpers for the NLP tests: temporary files and tiny CoNLL-U treebanks.
#pragma once
#include <atomic>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

namespace kg::test {

// A fresh directory under the system temp dir, removed at scope exit.
class TempDir {
 public:
  TempDir() {
    static std::atomic<int> counter{0};
    path_ = std::filesystem::temp_directory_path() /
            ("kg-nlp-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  std::filesystem::path file(const std::string& name, const std::string& content) const {
    std::ofstream(path_ / name, std::ios::binary) << content;
    return path_ / name;
  }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

// One CoNLL-U row per "form/lemma/UPOS/XPOS" item (heads left as a chain).
inline std::string conllu_sentence(const std::vector<std::string>& items) {
  std::string out;
  int id = 1;
  for (const std::string& it : items) {
    std::string f[4];
    std::size_t pos = 0;
    for (int k = 0; k < 4; ++k) {
      std::size_t slash = k < 3 ? it.find('/', pos) : std::string::npos;
      f[k] = it.substr(pos, slash == std::string::npos ? std::string::npos : slash - pos);
      pos = slash + 1;
    }
    out += std::to_string(id) + "\t" + f[0] + "\t" + f[1] + "\t" + f[2] + "\t" + f[3] + "\t_\t" +
           std::to_string(id == 1 ? 0 : 1) + "\t" + (id == 1 ? "root" : "dep") + "\t_\t_\n";
    ++id;
  }
  return out + "\n";
}

}  // namespace kg::test
