// kg: knowledge graphs from news text. This file only parses the command line
// and turns errors into one line on stderr and exit status 1.
#include <cstdio>
#include <exception>
#include <iostream>

#include "command.h"
#include "kg/base/error.h"

namespace kg::cli {

GlobalOptions& globals() {
  static GlobalOptions g;
  return g;
}

std::vector<RegisterFn>& command_registry() {
  static std::vector<RegisterFn> r;
  return r;
}

CLI::App* command_group(CLI::App& app, const std::string& name, const std::string& description) {
  for (CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; }))
    if (sub->get_name() == name) return sub;
  CLI::App* group = app.add_subcommand(name, description);
  group->require_subcommand(1);
  return group;
}

}  // namespace kg::cli

int main(int argc, char** argv) {
  CLI::App app{"kg: build knowledge graphs of actors and relations from news text"};
  app.set_version_flag("--version", std::string("kg ") + KG_VERSION);
  app.add_flag("-q,--quiet", kg::cli::globals().quiet, "No progress bar on stderr");
  app.require_subcommand(1);
  app.fallthrough();
  for (auto fn : kg::cli::command_registry()) fn(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "kg: usage error: " << e.what() << "\n(run 'kg --help' or 'kg <command> --help')\n";
    return 1;
  } catch (const kg::Error& e) {
    std::cout.flush();
    std::cerr << "kg: error: " << e.what() << '\n';
    return 1;
  } catch (const std::bad_alloc&) {
    std::cerr << "kg: error: out of memory\n";
    return 1;
  } catch (const std::exception& e) {
    std::cerr << "kg: error: " << e.what() << '\n';
    return 1;
  }
  std::cout.flush();
  if (!std::cout) {
    std::cerr << "kg: error: writing to standard output failed\n";
    return 1;
  }
  return 0;
}
