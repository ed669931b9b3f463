/* syntax_dump.c - test binary for tests/syntax_test.sh: `syntax_dump [-q] file.go...`
 * parses each file with the compiler's parser and prints its tree. */
int parse_debug_main(int argc, char **argv);

int main(int argc, char **argv) { return parse_debug_main(argc, argv); }
