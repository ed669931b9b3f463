package main

func main() {
	var fs []func() int
	vals := []interface{}{1, "two", 3, 4.0}
	for _, x := range vals {
		switch v := x.(type) {
		case int:
			fs = append(fs, func() int { v *= 10; return v })
		case string:
			fs = append(fs, func() int { return len(v) })
		default:
			fs = append(fs, func() int {
				if _, ok := v.(float64); ok {
					return -1
				}
				return -2
			})
		}
	}
	for _, f := range fs {
		println(f())
	}
	println(fs[0](), fs[0](), fs[2]())
	var g func()
	switch v := interface{}(5).(type) {
	case int:
		g = func() { v++; println("v", v) }
		g()
		println("after", v)
	}
	g()
}
