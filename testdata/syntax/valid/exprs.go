package p

var v = []interface{}{
	0x_1F, 0o17, 017, 0b1, 1_000, 1.5e-3, 0x1p-2, .5, 2i, 'a', '\x41', '\u00e9', "s\n", `r`,
	[...]int{1, 2: 3},
	map[string][]int{"a": {1}},
	&T{x: 1},
	(*T).M, T.M, []byte("x")[1:2:3], x.(int), <-ch, ^a &^ b << 2,
	func(x int) bool { return x > 0 && !b || c == d },
	chan<- <-chan int(nil), (<-chan int)(nil),
}
