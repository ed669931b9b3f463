package p

func f() {
	for _, s := range []struct{ a int }{{1}, {2}} {
		if s == (T{}) {
		}
	}
	if f := func() bool { return true }; f() {
	}
	switch x := (T{a: 1}); x.a {
	}
}
