#include "kg/base/model_file.h"

#include <cstring>

#include "kg/base/atomic_file.h"
#include "kg/base/error.h"

namespace kg {
namespace {
constexpr char kMagic[8] = {'K', 'G', 'M', 'O', 'D', 'E', 'L', '\0'};
}

ModelWriter::ModelWriter(std::string kind, std::map<std::string, std::string> header) {
  bytes(kMagic, sizeof kMagic);
  u32(kModelFormatVersion);
  str(kind);
  u32(static_cast<std::uint32_t>(header.size()));
  for (const auto& [k, v] : header) {
    str(k);
    str(v);
  }
}

void ModelWriter::bytes(const void* data, std::size_t n) { buf_.append(static_cast<const char*>(data), n); }
void ModelWriter::u8(std::uint8_t v) { bytes(&v, 1); }
void ModelWriter::u32(std::uint32_t v) { bytes(&v, 4); }
void ModelWriter::u64(std::uint64_t v) { bytes(&v, 8); }
void ModelWriter::i32(std::int32_t v) { bytes(&v, 4); }
void ModelWriter::f32(float v) { bytes(&v, 4); }
void ModelWriter::str(std::string_view s) {
  u32(static_cast<std::uint32_t>(s.size()));
  bytes(s.data(), s.size());
}
void ModelWriter::save(const std::filesystem::path& path) const { write_file_atomic(path, buf_); }

ModelReader::ModelReader(const std::filesystem::path& path, std::string_view expected_kind)
    : data_(read_file(path)), source_(path.string()) {
  parse_header(expected_kind);
}

ModelReader::ModelReader(std::string data, std::string source, std::string_view expected_kind)
    : data_(std::move(data)), source_(std::move(source)) {
  parse_header(expected_kind);
}

void ModelReader::parse_header(std::string_view expected_kind) {
  char magic[8];
  if (data_.size() < sizeof magic) fail("magic", "file too short to be a kg model");
  bytes(magic, sizeof magic, "magic");
  if (std::memcmp(magic, kMagic, sizeof magic) != 0) {
    pos_ = 0;
    fail("magic", "not a kg model file");
  }
  std::uint32_t version = u32("format version");
  if (version != kModelFormatVersion)
    fail("format version", "model format version " + std::to_string(version) + " is not supported (this kg reads version " +
                               std::to_string(kModelFormatVersion) + "); retrain or use a matching kg");
  std::string kind = str("kind");
  if (kind != expected_kind) fail("kind", "expected a " + std::string(expected_kind) + " model, found a " + kind + " model");
  std::uint32_t n = u32("header size");
  for (std::uint32_t i = 0; i < n; ++i) {
    std::string k = str("header key");
    header_[k] = str("header value");
  }
}

void ModelReader::fail(std::string_view field, std::string_view what) const {
  throw Error(at_byte(source_, pos_, std::string(what) + " (field '" + std::string(field) + "')"));
}

void ModelReader::bytes(void* out, std::size_t n, std::string_view field) {
  if (n > data_.size() - pos_) fail(field, "truncated model file");
  if (n) std::memcpy(out, data_.data() + pos_, n);
  pos_ += n;
}
std::uint8_t ModelReader::u8(std::string_view f) { std::uint8_t v; bytes(&v, 1, f); return v; }
std::uint32_t ModelReader::u32(std::string_view f) { std::uint32_t v; bytes(&v, 4, f); return v; }
std::uint64_t ModelReader::u64(std::string_view f) { std::uint64_t v; bytes(&v, 8, f); return v; }
std::int32_t ModelReader::i32(std::string_view f) { std::int32_t v; bytes(&v, 4, f); return v; }
float ModelReader::f32(std::string_view f) { float v; bytes(&v, 4, f); return v; }
std::string ModelReader::str(std::string_view f) {
  std::uint32_t n = u32(f);
  if (n > data_.size() - pos_) fail(f, "string length exceeds the file size");
  std::string s(data_.data() + pos_, n);
  pos_ += n;
  return s;
}
void ModelReader::expect_end() {
  if (pos_ != data_.size()) fail("end", "unexpected bytes after the model payload");
}

}  // namespace kg
