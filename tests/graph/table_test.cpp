#include "kg/graph/table.h"

#include <sstream>

#include "kg/base/error.h"
#include "test_support.h"

using namespace kg::graph;

namespace {
std::string render(const Table& t, Format f) {
  std::ostringstream s;
  write_table(s, t, f);
  return s.str();
}
}  // namespace

TEST_CASE("table: aligned, tsv and json output") {
  Table t{{"name", "n", "score"}, {}};
  t.rows.push_back({"Kim Jong Un", 12, 0.25});
  t.rows.push_back({"Moon\tJae-in", 3, Cell()});
  CHECK(render(t, Format::table) ==
        "name          n  score\n"
        "-----------  --  -----\n"
        "Kim Jong Un  12   0.25\n"
        "Moon Jae-in   3\n");
  CHECK(render(t, Format::tsv) == "name\tn\tscore\nKim Jong Un\t12\t0.25\nMoon\\tJae-in\t3\t\n");
  CHECK(render(t, Format::json) ==
        "[{\"name\":\"Kim Jong Un\",\"n\":12,\"score\":0.25},{\"name\":\"Moon\\tJae-in\",\"n\":3,\"score\":null}]\n");
  Table l{{"xs"}, {{Cell::of_list({1, "a"})}}};
  CHECK(render(l, Format::json) == "[{\"xs\":[1,\"a\"]}]\n");
  CHECK(render(l, Format::tsv) == "xs\n[1, a]\n");
  CHECK_THROWS_AS(parse_format("csv"), kg::Error);
}
