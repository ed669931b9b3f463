package main

type entry struct {
	s   string
	buf []byte
}

type key struct {
	a int
	s string
}

func main() {
	ms := map[string]*entry{}
	mk := map[key][]int{}
	for i := 0; i < 300000; i++ {
		k := string(rune('a'+i%26)) + string(rune('a'+(i/26)%26)) + string(rune('a'+(i/676)%26))
		if e, ok := ms[k]; ok {
			e.buf = append(e.buf, byte(i))
			if len(e.buf) > 20 {
				delete(ms, k)
			}
		} else {
			ms[k] = &entry{s: k, buf: make([]byte, 0, 4)}
		}
		kk := key{i % 1000, k[:1]}
		mk[kk] = append(mk[kk], i)
		if len(mk[kk]) > 10 {
			delete(mk, kk)
		}
	}
	n := 0
	for k, e := range ms {
		if e.s != k {
			println("bad entry", k)
		}
		n += len(e.buf)
	}
	println(len(ms), n)
	tot := 0
	for k, v := range mk {
		for _, x := range v {
			if x%1000 != k.a {
				println("bad", k.a, x)
			}
		}
		tot += len(v)
	}
	println(len(mk), tot)
}
