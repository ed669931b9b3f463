// reflect.New and PtrTo on unnamed types give the descriptors compiled code
// uses, so type assertions on the results match.
package main

import "reflect"

type S struct{ A int }

func main() {
	p := reflect.New(reflect.TypeOf([]int{})).Interface().(*[]int)
	*p = append(*p, 3)
	println(len(*p), (*p)[0])
	q := reflect.New(reflect.TypeOf(map[string]S{})).Interface().(*map[string]S)
	println(*q == nil, reflect.TypeOf(q).Elem().Key().String())
	a := reflect.New(reflect.TypeOf([2]string{})).Interface().(*[2]string)
	a[1] = "x"
	println(a[1], reflect.PtrTo(reflect.TypeOf(struct{ X string }{})).String())
	pp := reflect.New(reflect.TypeOf(&S{}))
	println(pp.Elem().IsNil(), reflect.PtrTo(reflect.TypeOf(&S{})).String())
	e := reflect.New(reflect.TypeOf((*interface{})(nil)).Elem()).Interface().(*interface{})
	*e = 5
	println((*e).(int))
	println(reflect.PtrTo(reflect.TypeOf(0)) == reflect.TypeOf(new(int)), reflect.PtrTo(reflect.TypeOf([]S{})) == reflect.TypeOf(&[]S{}))
}
