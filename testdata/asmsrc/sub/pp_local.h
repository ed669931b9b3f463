// found relative to the including file's directory
#define LOCALVAL 7
#include "sub/pp_nested.h"
