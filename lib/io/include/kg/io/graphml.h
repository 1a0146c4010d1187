// GraphML export (Boost's write_graphml) that Gephi, Cytoscape, yEd and
// NetworkX open. Node keys: label, id, type, actor, mentions, documents,
// aliases; edge keys: label, relation, negated, modality, quad_class,
// event_class, weight (evidence count), confidence, documents, evidence.
#pragma once
#include <string>

#include "kg/graph/model.h"

namespace kg::io {

std::string to_graphml(const graph::BoostGraph& g);

}  // namespace kg::io
