package mid

import "ex/lib"

var Trace = lib.Order() + "mid;"

func init() { Trace = Trace + "midinit;"; lib.Count = lib.Count + 100 }

func Shade(n int) lib.Color { return lib.Color(n) + lib.Green }

const Max = lib.Answer * 2

type Pair struct {
	C lib.Color
	N int
}
