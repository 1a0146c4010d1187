#include "kg/extract/openie.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <ostream>

namespace kg::extract {
namespace {

std::string clean(std::string s) {
  for (char& c : s)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return s;
}

}  // namespace

std::vector<OpenIeTuple> openie_tuples(const nlp::Sentence& s, const std::vector<Clause>& clauses,
                                       std::size_t max_combinations) {
  std::vector<OpenIeTuple> out;
  for (const Clause& c : clauses) {
    if (c.kind == Clause::Kind::NominalEvent || c.subject.words.empty()) continue;
    std::string relation;
    std::vector<const ClauseArg*> args;
    for (const ClauseArg& a : c.args)
      if (!a.in_attribute && !a.in_object && !a.appositive) args.push_back(&a);
    if (c.kind == Clause::Kind::Apposition) {
      relation = "is";
    } else if (c.kind == Clause::Kind::RoleNoun) {
      relation = "is";
    } else {
      relation = words_text(s, c.relation);
    }
    // Slots in order; conjuncts of one phrase are alternatives.
    std::vector<std::vector<const ClauseArg*>> slots;
    std::map<int, std::size_t> slot_of;
    for (const ClauseArg* a : args) {
      int key = a->slot >= 0 ? a->slot : -2 - a->head;
      auto it = slot_of.find(key);
      if (it == slot_of.end()) {
        slot_of[key] = slots.size();
        slots.push_back({a});
      } else {
        slots[it->second].push_back(a);
      }
    }
    std::vector<std::size_t> pick(slots.size(), 0);
    for (std::size_t n = 0; n < max_combinations; ++n) {
      OpenIeTuple t;
      t.confidence = c.confidence;
      t.relation = relation;
      t.args.push_back(words_text(s, c.subject.words));
      if (c.kind == Clause::Kind::RoleNoun) {
        std::vector<int> w = c.args.empty() ? std::vector<int>{} : c.args.front().words;
        w.push_back(c.predicate);
        std::sort(w.begin(), w.end());
        t.args.push_back(words_text(s, w));
      } else {
        for (std::size_t k = 0; k < slots.size(); ++k) {
          const ClauseArg* a = slots[k][pick[k]];
          std::string text = words_text(s, a->words);
          if (!a->prep.empty()) {
            if (k == 0 && a->role != ClauseArg::Role::Object)
              t.relation += ' ' + a->prep;  // "met with | X | Y" rather than "met | X | with Y"
            else
              text = a->prep + ' ' + text;
          }
          t.args.push_back(text);
        }
      }
      out.push_back(std::move(t));
      // Next combination, odometer style.
      std::size_t k = 0;
      for (; k < slots.size(); ++k) {
        if (++pick[k] < slots[k].size()) break;
        pick[k] = 0;
      }
      if (k == slots.size()) break;
    }
  }
  return out;
}

void write_carb_line(std::ostream& out, const std::string& sentence, const OpenIeTuple& t) {
  char conf[32];
  std::snprintf(conf, sizeof conf, "%.3f", t.confidence);
  out << clean(sentence) << '\t' << conf << '\t' << clean(t.relation);
  for (const std::string& a : t.args) out << '\t' << clean(a);
  out << '\n';
}

}  // namespace kg::extract
