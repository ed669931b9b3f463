package main

import "sort"

type person struct {
	name string
	age  int
}

type byAge []person

func (a byAge) Len() int           { return len(a) }
func (a byAge) Less(i, j int) bool { return a[i].age < a[j].age }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func ints(a []int) {
	for _, v := range a {
		print(v, " ")
	}
	println()
}

func main() {
	a := []int{5, 2, 8, -1, 9, 3, 3, 0, 7, 100, -50}
	println(sort.IntsAreSorted(a))
	sort.Ints(a)
	ints(a)
	println(sort.IntsAreSorted(a), sort.SearchInts(a, 3), sort.SearchInts(a, 4), sort.SearchInts(a, 1000))
	sort.Sort(sort.Reverse(sort.IntSlice(a)))
	ints(a)
	s := []string{"pear", "apple", "fig", "banana", "Cherry", ""}
	sort.Strings(s)
	for _, x := range s {
		print("[", x, "]")
	}
	println(sort.StringsAreSorted(s), sort.SearchStrings(s, "fig"), sort.StringSlice(s).Search("grape"))
	f := []float64{2.5, -1, 0, 3.25, -7.5}
	sort.Float64s(f)
	for _, x := range f {
		print(x, " ")
	}
	println(sort.Float64sAreSorted(f), sort.SearchFloat64s(f, 0))
	people := []person{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dave", 25}, {"Eve", 35}, {"Frank", 30}}
	sort.Stable(byAge(people))
	for _, p := range people {
		print(p.name, ":", p.age, " ")
	}
	println()
	sort.SliceStable(people, func(i, j int) bool { return people[i].name > people[j].name })
	for _, p := range people {
		print(p.name, " ")
	}
	println()
	sort.Slice(people, func(i, j int) bool { return people[i].name < people[j].name })
	for _, p := range people {
		print(p.name, " ")
	}
	println(sort.SliceIsSorted(people, func(i, j int) bool { return people[i].name < people[j].name }))
	// unstable, but with the same order of equal elements as Go
	sort.Slice(people, func(i, j int) bool { return people[i].age > people[j].age })
	for _, p := range people {
		print(p.name, ":", p.age, " ")
	}
	println()
	many := make([]person, 60)
	for i := range many {
		many[i] = person{string(rune('A' + i%26)), (i * 37) % 5}
	}
	sort.Sort(byAge(many))
	for _, p := range many {
		print(p.name)
	}
	println()
	big := make([]int, 1000)
	for i := range big {
		big[i] = (i * 7919) % 1000
	}
	sort.Sort(sort.IntSlice(big))
	println(sort.IsSorted(sort.IntSlice(big)), big[0], big[500], big[999])
	i := sort.Search(100, func(i int) bool { return i*i >= 2000 })
	println(i)
}
