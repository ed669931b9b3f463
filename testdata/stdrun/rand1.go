package main

import "math/rand"

func main() {
	for i := 0; i < 5; i++ {
		println(rand.Int(), rand.Intn(1000), rand.Int63(), rand.Int31n(77), rand.Uint32())
	}
	println(rand.Float64(), rand.Uint64(), rand.Int63n(1<<40+3), rand.Int31())
	rand.Seed(42)
	println(rand.Int(), rand.Intn(10))
	r := rand.New(rand.NewSource(-7))
	for _, v := range r.Perm(10) {
		print(v, " ")
	}
	println()
	s := []int{1, 2, 3, 4, 5, 6, 7, 8}
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	for _, v := range s {
		print(v, " ")
	}
	println()
	r.Seed(0)
	println(r.Int63(), r.Float32(), r.Intn(1<<33), r.Uint64())
	sum := 0
	for i := 0; i < 100000; i++ {
		sum += r.Intn(1000000007)
	}
	println(sum)
	defer func() { println("recovered:", recover().(string)) }()
	r.Intn(0)
}
