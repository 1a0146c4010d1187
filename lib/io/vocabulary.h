// Names our exports give to actor types, shared by RDF classes and Neo4j
// labels so both tell the same story.
#pragma once
#include <string>

#include "kg/graph/model.h"

namespace kg::io {

// "Person", "Organization", "GeopoliticalEntity", ... for known types;
// "Type_<TYPE>" (made safe) for others; "Actor" for an actor without a type;
// "Thing" for things.
std::string type_class(const graph::ActorVertex& v);

}  // namespace kg::io
