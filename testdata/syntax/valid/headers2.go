package p

func f() {
	for i := range [3]struct{}{} {
		_ = i
	}
	if v, ok := x.(interface{ M() }); ok {
	}
	switch x := y.(type) {
	case interface{ M() }:
	}
	for f := func() {}; f != nil; f = nil {
	}
	if m := map[string]int{"a": 1}; m != nil {
	}
	select {}
	if a {
	} else if b {
	}
}
