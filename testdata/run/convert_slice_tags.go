package main

// Converting between slice (and pointer) types whose element structs
// differ only in field tags (fixedbugs/issue50439.go).

type A struct {
	F string `json:"f"`
	N int    `tag`
}

type B struct {
	F string
	N int
}

var data = []struct {
	F string `tag`
}{{"x"}, {"y"}}

var V = ([]struct{ F string })(data)

func main() {
	println(len(V), V[0].F, V[1].F)
	as := []A{{"a", 1}, {"b", 2}}
	bs := ([]B)(nil)
	_ = bs
	type BS []struct {
		F string
		N int
	}
	raw := []struct {
		F string `x:"1"`
		N int    `y:"2"`
	}{{"r", 5}}
	cs := BS(raw)
	cs[0].N++
	println(len(cs), cs[0].F, raw[0].N, len(as))
	pa := &A{"p", 3}
	pb := (*B)(pa)
	pb.N++
	println(pa.N, B(*pa).F)
}
