package main

import "runtime"

func main() {
	m := make(map[int]int)
	ms := map[string]string{}
	sum, want := 0, 0
	for i := 0; i < 1000000; i++ {
		m[i] = i
		sum += i
		if i >= 1000 {
			sum -= m[i-1000]
			delete(m, i-1000)
		}
		if len(m) > 1000 {
			println("bad len", len(m))
			return
		}
		k := string(rune('a'+i%26)) + string(rune('a'+(i/26)%26)) + string(rune('a'+(i/676)%26))
		if s, ok := ms[k]; ok {
			ms[k] = s + string(rune('A'+i%26))
			if len(ms[k]) > 20 {
				delete(ms, k)
			}
		} else {
			ms[k] = k
		}
	}
	for i := 999000; i < 1000000; i++ {
		want += i
	}
	got := 0
	for k, v := range m {
		if k != v {
			println("mismatch", k, v)
		}
		got += v
	}
	println(len(m), sum == want, got == want)
	n := 0
	for k, s := range ms {
		if s[:3] != k {
			println("bad entry", k)
		}
		n += len(s)
	}
	println(len(ms), n)
	for i := 0; i < 1000000; i += 2 {
		delete(m, i)
	}
	println(len(m))
	for k := range m {
		delete(m, k)
	}
	println(len(m))
	mm := map[int]map[int]string{}
	for i := 0; i < 200000; i++ {
		inner := mm[i%100]
		if inner == nil {
			inner = map[int]string{}
			mm[i%100] = inner
		}
		inner[i] = "v"
		if len(inner) > 50 {
			mm[i%100] = nil
		}
	}
	tot := 0
	for _, in := range mm {
		tot += len(in)
	}
	println(len(mm), tot)
	runtime.GC()
	var st runtime.MemStats
	runtime.ReadMemStats(&st)
	println(st.HeapAlloc < 16<<20, st.NumGC > 0)
}
