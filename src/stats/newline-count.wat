;; Counts the newline bytes (0x0a) in the first `len` bytes of memory, 16 at a time.
;; src/stats/newline-count-wasm.ts holds this module compiled (npm run build:wasm).
(module
  (memory (export "memory") 16)
  (func (export "count") (param $len i32) (result i32)
    (local $i i32) (local $n i32) (local $end i32) (local $blocks i32) (local $acc v128)
    (local.set $end (i32.and (local.get $len) (i32.const -16)))
    (block $done
      (loop $outer
        (br_if $done (i32.ge_u (local.get $i) (local.get $end)))
        ;; Each byte lane counts its newlines in 8 bits, so at most 255 blocks before widening.
        (local.set $acc (v128.const i64x2 0 0))
        (local.set $blocks (i32.const 0))
        (block $full
          (loop $block
            (br_if $full (i32.ge_u (local.get $i) (local.get $end)))
            (br_if $full (i32.ge_u (local.get $blocks) (i32.const 255)))
            ;; A match is 0xff (-1) in its lane: subtracting the comparison adds one.
            (local.set $acc
              (i8x16.sub (local.get $acc)
                (i8x16.eq (v128.load (local.get $i)) (i8x16.splat (i32.const 10)))))
            (local.set $i (i32.add (local.get $i) (i32.const 16)))
            (local.set $blocks (i32.add (local.get $blocks) (i32.const 1)))
            (br $block)))
        ;; Widen the 16 byte counts to 4 sums and add them up.
        (local.set $acc (i32x4.extadd_pairwise_i16x8_u (i16x8.extadd_pairwise_i8x16_u (local.get $acc))))
        (local.set $n
          (i32.add (local.get $n)
            (i32.add
              (i32.add (i32x4.extract_lane 0 (local.get $acc)) (i32x4.extract_lane 1 (local.get $acc)))
              (i32.add (i32x4.extract_lane 2 (local.get $acc)) (i32x4.extract_lane 3 (local.get $acc))))))
        (br $outer)))
    ;; The last bytes that fill no block.
    (block $tail_done
      (loop $tail
        (br_if $tail_done (i32.ge_u (local.get $i) (local.get $len)))
        (if (i32.eq (i32.load8_u (local.get $i)) (i32.const 10))
          (then (local.set $n (i32.add (local.get $n) (i32.const 1)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $tail)))
    (local.get $n)))
