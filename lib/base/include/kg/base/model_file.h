// The binary container every kg model is stored in.
//
// Layout (little-endian):
//   magic "KGMODEL\0" | u32 format version | str kind ("tagger", "parser", ...)
//   | u32 n | n x (str key, str value)   header: command, seed, data hash, scores...
//   | payload written by the component
// Strings are u32 length + bytes. The reader checks every read against the
// file size and names the field and byte offset of a truncated or bad file.
#pragma once
#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace kg {

inline constexpr std::uint32_t kModelFormatVersion = 1;

class ModelWriter {
 public:
  ModelWriter(std::string kind, std::map<std::string, std::string> header);
  void u8(std::uint8_t v);
  void u32(std::uint32_t v);
  void u64(std::uint64_t v);
  void i32(std::int32_t v);
  void f32(float v);
  void str(std::string_view s);
  void bytes(const void* data, std::size_t n);
  template <class T, class Alloc>
  void array(const std::vector<T, Alloc>& v) {  // u64 count + raw elements (trivially copyable T)
    u64(v.size());
    bytes(v.data(), v.size() * sizeof(T));
  }
  // Writes the file atomically.
  void save(const std::filesystem::path& path) const;
  const std::string& data() const { return buf_; }

 private:
  std::string buf_;
};

class ModelReader {
 public:
  // Reads the whole file and checks magic, version and kind.
  ModelReader(const std::filesystem::path& path, std::string_view expected_kind);
  // For tests and fuzzing: parse from memory.
  ModelReader(std::string data, std::string source, std::string_view expected_kind);

  const std::map<std::string, std::string>& header() const { return header_; }
  std::uint8_t u8(std::string_view field);
  std::uint32_t u32(std::string_view field);
  std::uint64_t u64(std::string_view field);
  std::int32_t i32(std::string_view field);
  float f32(std::string_view field);
  std::string str(std::string_view field);
  void bytes(void* out, std::size_t n, std::string_view field);
  template <class T>
  std::vector<T> array(std::string_view field) {
    std::uint64_t n = u64(field);
    if (n > (data_.size() - pos_) / sizeof(T)) fail(field, "array length exceeds the file size");
    std::vector<T> v(static_cast<std::size_t>(n));
    bytes(v.data(), v.size() * sizeof(T), field);
    return v;
  }
  // Throws unless the whole payload was consumed.
  void expect_end();
  [[noreturn]] void fail(std::string_view field, std::string_view what) const;
  std::size_t offset() const { return pos_; }

 private:
  void parse_header(std::string_view expected_kind);
  std::string data_, source_;
  std::size_t pos_ = 0;
  std::map<std::string, std::string> header_;
};

}  // namespace kg
