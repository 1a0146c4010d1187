// Tab-separated triples for spreadsheets (`kg extract --format tsv`).
#pragma once
#include <iosfwd>

#include "kg/extract/triple.h"

namespace kg::extract {

void write_tsv_header(std::ostream& out);
// One line; tabs and newlines inside fields become spaces.
void write_tsv(std::ostream& out, const Triple& t);

}  // namespace kg::extract
