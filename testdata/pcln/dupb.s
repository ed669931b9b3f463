// dupb.s - one of two DUPOK copies of main.dup with different lines: the
// linker keeps the first one it sees and must use that copy's line table.
#include "textflag.h"

#line 80 "/src/pcln/dup.go"
TEXT main·dup(SB), DUPOK|NOSPLIT, $16-0
#line 81 "/src/pcln/dup.go"
	CALL traceback(SB)
#line 82 "/src/pcln/dup.go"
	RET
