package main

// Map churn: a million inserts and deletes with a sliding window of live
// keys; checksums over the final contents (order-independent).

func main() {
	m := make(map[int]int)
	const n = 1000000
	const window = 5000
	inserted, deleted := 0, 0
	for i := 0; i < n; i++ {
		m[i] = i * 7
		inserted++
		if i >= window {
			delete(m, i-window)
			deleted++
		}
	}
	sum := 0
	for k, v := range m {
		sum += k ^ v
	}
	println("inserted:", inserted, "deleted:", deleted, "len:", len(m), "sum:", sum)
	sm := map[string][]int{}
	for i := 0; i < 200000; i++ {
		k := string(rune('a'+i%26)) + string(rune('a'+(i/26)%26))
		sm[k] = append(sm[k], i)
		if len(sm[k]) > 10 {
			delete(sm, k)
		}
	}
	total := 0
	for _, v := range sm {
		total += len(v)
	}
	println("string map keys:", len(sm), "values:", total)
}
