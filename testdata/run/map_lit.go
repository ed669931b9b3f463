package main

type Table map[string]int

type Config struct {
	name  string
	opts  map[string]string
	limit int
}

var days = map[string]int{
	"mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6, "sun": 7,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7,
	"aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12, "a": 13, "b": 14,
	"c": 15, "d": 16, "e": 17, "f": 18, "g": 19, "h": 20, "i": 21, "j": 22,
}

func side(s string, v int) int {
	println("eval", s)
	return v
}

func sumValues(t Table) int {
	s := 0
	for _, v := range t {
		s += v
	}
	return s
}

func main() {
	println(len(days), days["mon"], days["dec"], days["j"])
	t := Table{"x": 1, "y": 2}
	t["z"] = 3
	println(len(t), sumValues(t), sumValues(nil))
	var t2 Table
	println(t2 == nil, len(t2))
	t2 = make(Table, 20)
	t2["q"]++
	println(len(t2), t2["q"])

	nested := map[string]map[string]int{
		"a": {"x": 1, "y": 2},
		"b": {},
		"c": nil,
	}
	println(len(nested), len(nested["a"]), nested["a"]["y"], len(nested["b"]), nested["c"] == nil, nested["d"] == nil)
	nested["b"]["k"] = 5
	println(nested["b"]["k"])

	cfg := Config{name: "c", opts: map[string]string{"k": "v"}, limit: 3}
	cfg.opts["k2"] = "v2"
	println(cfg.name, len(cfg.opts), cfg.opts["k"], cfg.opts["k2"], cfg.limit)
	cfgs := map[string]Config{"one": {name: "1", limit: 1}, "two": {"2", nil, 2}}
	println(len(cfgs), cfgs["one"].name, cfgs["two"].limit, cfgs["two"].opts == nil)

	order := map[int]int{side("k1", 1): side("v1", 10), side("k2", 2): side("v2", 20)}
	println(len(order), order[1], order[2])

	set := map[string]bool{"a": true, "b": true}
	for _, s := range []string{"a", "b", "c"} {
		if set[s] {
			println(s, "in set")
		} else {
			println(s, "not in set")
		}
	}
	empty := map[int]string{}
	println(len(empty), empty[0] == "")
	pm := &map[string]int{"p": 1}
	(*pm)["q"] = 2
	println(len(*pm), (*pm)["p"])
	ints := map[int64]uint8{-1: 255, 1 << 40: 1}
	println(ints[-1], ints[1<<40], len(ints))
}
