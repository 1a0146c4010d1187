#include "kg/extract/triple_tsv.h"

#include <cstdio>
#include <ostream>
#include <string>

namespace kg::extract {
namespace {

std::string field(std::string s) {
  for (char& c : s)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return s;
}

}  // namespace

void write_tsv_header(std::ostream& out) {
  out << "doc\tsentence\tstart\tend\tsubject\tsubject_id\tsubject_type\trelation\trelation_lemma\tobject\t"
         "object_id\tobject_type\tobject_kind\tnegated\tmodality\tattribution\tevent_class\tquad_class\tconfidence\n";
}

void write_tsv(std::ostream& out, const Triple& t) {
  char conf[32];
  std::snprintf(conf, sizeof conf, "%.3f", t.confidence);
  out << field(t.doc) << '\t' << t.sentence << '\t' << t.sentence_span.start << '\t' << t.sentence_span.end << '\t'
      << field(t.subject.text) << '\t' << field(t.subject.id) << '\t' << field(t.subject.type) << '\t'
      << field(t.relation.text) << '\t' << field(t.relation.lemma) << '\t' << field(t.object.text) << '\t'
      << field(t.object.id) << '\t' << field(t.object.type) << '\t' << field(t.object.kind) << '\t'
      << (t.negated ? 1 : 0) << '\t' << field(t.modality) << '\t' << field(t.attribution) << '\t'
      << field(t.event_class) << '\t' << field(t.quad_class) << '\t' << conf << '\n';
}

}  // namespace kg::extract
