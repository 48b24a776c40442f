"""Plain-Python ports of the four Rayzor benchmark programs (`compiler/benchmarks/src/*.hx` of rayzor-blade/rayzor).

These are the source of every expected output of an `execute rzb` case that upstream does not state: the real
bundles run with their size constants patched print what these functions return for the same sizes. They share
no code with the interpreter (`reference_impl/rzb/vm.py`): each is the Haxe program written again in Python,
with Haxe's `Int` as a wrapping 32-bit integer and `Float` as an IEEE-754 double rounded once per operation
(Python's float arithmetic rounds every `*`, `+`, `-`, `/` separately; it never fuses a multiply-add).

Every port returns the text the program writes through `trace`, one `\\n` per line.
"""

from __future__ import annotations

import math


def int32(value: int) -> int:
    """Haxe `Int` arithmetic wraps at 32 bits."""
    return ((value + (1 << 31)) & 0xFFFFFFFF) - (1 << 31)


def std_int(value: float) -> int:
    """Haxe `Std.int`: truncation toward zero."""
    return int32(math.trunc(value))


# -- fibonacci.hx -------------------------------------------------------------------------------------------


def fib(n: int) -> int:
    if n <= 1:
        return n
    return int32(fib(n - 1) + fib(n - 2))


def fibonacci(n: int = 40) -> str:
    """`main` computes `fib(n)`; the text before the number is the program's literal `"fib(40) = "`."""
    return f"fib(40) = {fib(n)}\n"


# -- mandelbrot.hx ------------------------------------------------------------------------------------------


def palette_entry(fraction: float) -> tuple[int, int, int]:
    r = std_int(fraction * 255)
    g = std_int((1 - fraction) * 255)
    b = std_int((0.5 - abs(fraction - 0.5)) * 2 * 255)
    return r, g, b


def mandelbrot(width: int = 875, height: int = 500, max_iterations: int = 1000) -> str:
    """`new Mandelbrot()`: the checksum of the colours of a `width` x `height` image; the scale stays
    `0.1 / SIZE` with SIZE 25 whatever the size, so a smaller image is the top-left corner of the real one."""
    palette = [palette_entry(i / max_iterations) for i in range(max_iterations + 1)]
    max_rad = 1 << 16
    scale = 0.1 / 25
    checksum = 0
    for y in range(height):
        for x in range(width):
            iteration = 0
            offset_i = x * scale - 2.5
            offset_j = y * scale - 1
            val_i, val_j = 0.0, 0.0
            while val_i * val_i + val_j * val_j < max_rad and iteration < max_iterations:
                # complexSquare then complexAdd, one rounding per operation, in the source's order
                square_i = val_i * val_i - val_j * val_j
                square_j = 2.0 * val_i * val_j
                val_i, val_j = square_i + offset_i, square_j + offset_j
                iteration += 1
            r, g, b = palette[iteration]
            checksum = int32(checksum + r + g + b)
    return f"Checksum: {checksum}\n"


# -- nbody.hx -----------------------------------------------------------------------------------------------

PI = 3.141592653589793
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24


class Body:
    def __init__(self, x: float, y: float, z: float, vx: float, vy: float, vz: float, mass: float) -> None:
        self.x, self.y, self.z, self.vx, self.vy, self.vz, self.mass = x, y, z, vx, vy, vz, mass


def bodies() -> list[Body]:
    d = DAYS_PER_YEAR
    return [
        Body(0, 0, 0, 0, 0, 0, SOLAR_MASS),
        Body(
            4.84143144246472090e00,
            -1.16032004402742839e00,
            -1.03622044471123109e-01,
            1.66007664274403694e-03 * d,
            7.69901118419740425e-03 * d,
            -6.90460016972063023e-05 * d,
            9.54791938424326609e-04 * SOLAR_MASS,
        ),
        Body(
            8.34336671824457987e00,
            4.12479856412430479e00,
            -4.03523417114321381e-01,
            -2.76742510726862411e-03 * d,
            4.99852801234917238e-03 * d,
            2.30417297573763929e-05 * d,
            2.85885980666130812e-04 * SOLAR_MASS,
        ),
        Body(
            1.28943695621391310e01,
            -1.51111514016986312e01,
            -2.23307578892655734e-01,
            2.96460137564761618e-03 * d,
            2.37847173959480950e-03 * d,
            -2.96589568540237556e-05 * d,
            4.36624404335156298e-05 * SOLAR_MASS,
        ),
        Body(
            1.53796971148509165e01,
            -2.59193146099879641e01,
            1.79258772950371181e-01,
            2.68067772490389322e-03 * d,
            1.62824170038242295e-03 * d,
            -9.51592254519715870e-05 * d,
            5.15138902046611451e-05 * SOLAR_MASS,
        ),
    ]


def advance(system: list[Body], dt: float) -> None:
    for i, a in enumerate(system):
        for b in system[i + 1 :]:
            dx, dy, dz = a.x - b.x, a.y - b.y, a.z - b.z
            distance = math.sqrt(dx * dx + dy * dy + dz * dz)
            mag = dt / (distance * distance * distance)
            a.vx -= dx * b.mass * mag
            a.vy -= dy * b.mass * mag
            a.vz -= dz * b.mass * mag
            b.vx += dx * a.mass * mag
            b.vy += dy * a.mass * mag
            b.vz += dz * a.mass * mag
    for body in system:
        body.x += dt * body.vx
        body.y += dt * body.vy
        body.z += dt * body.vz


def energy(system: list[Body]) -> float:
    e = 0.0
    for i, a in enumerate(system):
        e += 0.5 * a.mass * (a.vx * a.vx + a.vy * a.vy + a.vz * a.vz)
        for b in system[i + 1 :]:
            dx, dy, dz = b.x - a.x, b.y - a.y, b.z - a.z
            e -= (a.mass * b.mass) / math.sqrt(dx * dx + dy * dy + dz * dz)
    return e


def nbody(outer: int = 20, inner: int = 500000) -> str:
    """`main` advances the system `outer * inner` times and computes (and drops) the energy: no output."""
    system = bodies()
    px = py = pz = 0.0
    for b in system:
        px += b.vx * b.mass
        py += b.vy * b.mass
        pz += b.vz * b.mass
    sun = system[0]
    sun.vx, sun.vy, sun.vz = -px / SOLAR_MASS, -py / SOLAR_MASS, -pz / SOLAR_MASS
    for _ in range(outer):
        for _ in range(inner):
            advance(system, 0.01)
    std_int(energy(system) * 1000000)
    return ""


# -- deltablue.hx -------------------------------------------------------------------------------------------


class Strength:
    def __init__(self, value: int, name: str) -> None:
        self.value, self.name = value, name

    def next_weaker(self) -> Strength:
        return {0: WEAKEST, 1: WEAK_DEFAULT, 2: NORMAL, 3: STRONG_DEFAULT, 4: PREFERRED, 5: STRONG_PREFERRED}.get(
            self.value, WEAKEST
        )


REQUIRED = Strength(0, "required")
STRONG_PREFERRED = Strength(1, "strongPreferred")
PREFERRED = Strength(2, "preferred")
STRONG_DEFAULT = Strength(3, "strongDefault")
NORMAL = Strength(4, "normal")
WEAK_DEFAULT = Strength(5, "weakDefault")
WEAKEST = Strength(6, "weakest")


def stronger(s1: Strength, s2: Strength) -> bool:
    return s1.value < s2.value


def weaker(s1: Strength, s2: Strength) -> bool:
    return s1.value > s2.value


def weakest_of(s1: Strength, s2: Strength) -> Strength:
    return s1 if weaker(s1, s2) else s2


class Variable:
    def __init__(self, name: str, value: int) -> None:
        self.name, self.value = name, value
        self.constraints: list[Constraint] = []
        self.determined_by: Constraint | None = None
        self.mark = 0
        self.walk_strength = WEAKEST
        self.stay = True

    def add_constraint(self, c: Constraint) -> None:
        self.constraints.append(c)

    def remove_constraint(self, c: Constraint) -> None:
        self.constraints = [x for x in self.constraints if x is not c]
        if self.determined_by is c:
            self.determined_by = None


class Constraint:
    def __init__(self, planner: Planner, strength: Strength) -> None:
        self.planner, self.strength = planner, strength

    def is_satisfied(self) -> bool:
        return False

    def mark_unsatisfied(self) -> None:
        pass

    def add_to_graph(self) -> None:
        pass

    def remove_from_graph(self) -> None:
        pass

    def choose_method(self, mark: int) -> None:
        pass

    def mark_inputs(self, mark: int) -> None:
        pass

    def inputs_known(self, mark: int) -> bool:
        return False

    def output(self) -> Variable:
        raise AssertionError("abstract")

    def execute(self) -> None:
        pass

    def recalculate(self) -> None:
        pass

    def is_input(self) -> bool:
        return False

    def add_constraint(self) -> None:
        self.add_to_graph()
        self.planner.incremental_add(self)

    def satisfy(self, mark: int) -> Constraint | None:
        self.choose_method(mark)
        if not self.is_satisfied():
            if self.strength is REQUIRED:
                self.planner.out.append("Could not satisfy a required constraint!")
            return None
        self.mark_inputs(mark)
        out = self.output()
        overridden = out.determined_by
        if overridden is not None:
            overridden.mark_unsatisfied()
        out.determined_by = self
        if not self.planner.add_propagate(self, mark):
            self.planner.out.append("Cycle encountered")
        out.mark = mark
        return overridden

    def destroy_constraint(self) -> None:
        if self.is_satisfied():
            self.planner.incremental_remove(self)
        self.remove_from_graph()


class UnaryConstraint(Constraint):
    def __init__(self, planner: Planner, output: Variable, strength: Strength) -> None:
        super().__init__(planner, strength)
        self.my_output = output
        self.satisfied = False
        self.add_constraint()

    def add_to_graph(self) -> None:
        self.my_output.add_constraint(self)
        self.satisfied = False

    def choose_method(self, mark: int) -> None:
        self.satisfied = self.my_output.mark != mark and stronger(self.strength, self.my_output.walk_strength)

    def is_satisfied(self) -> bool:
        return self.satisfied

    def output(self) -> Variable:
        return self.my_output

    def recalculate(self) -> None:
        self.my_output.walk_strength = self.strength
        self.my_output.stay = not self.is_input()
        if self.my_output.stay:
            self.execute()

    def mark_unsatisfied(self) -> None:
        self.satisfied = False

    def inputs_known(self, mark: int) -> bool:
        return True

    def remove_from_graph(self) -> None:
        self.my_output.remove_constraint(self)
        self.satisfied = False


class StayConstraint(UnaryConstraint):
    pass


class EditConstraint(UnaryConstraint):
    def is_input(self) -> bool:
        return True


NONE, FORWARD, BACKWARD = 1, 2, 0


class BinaryConstraint(Constraint):
    def __init__(self, planner: Planner, a: Variable, b: Variable, strength: Strength) -> None:
        super().__init__(planner, strength)
        self.v1, self.v2 = a, b
        self.direction = NONE
        self.add_constraint()

    def choose_method(self, mark: int) -> None:
        v1, v2 = self.v1, self.v2
        if v1.mark == mark:
            ok = v2.mark != mark and stronger(self.strength, v2.walk_strength)
            self.direction = FORWARD if ok else NONE
        elif v2.mark == mark:
            ok = v1.mark != mark and stronger(self.strength, v1.walk_strength)
            self.direction = BACKWARD if ok else NONE
        elif weaker(v1.walk_strength, v2.walk_strength):
            self.direction = BACKWARD if stronger(self.strength, v1.walk_strength) else NONE
        else:
            self.direction = FORWARD if stronger(self.strength, v2.walk_strength) else BACKWARD

    def add_to_graph(self) -> None:
        self.v1.add_constraint(self)
        self.v2.add_constraint(self)
        self.direction = NONE

    def is_satisfied(self) -> bool:
        return self.direction != NONE

    def mark_inputs(self, mark: int) -> None:
        self.input().mark = mark

    def input(self) -> Variable:
        return self.v1 if self.direction == FORWARD else self.v2

    def output(self) -> Variable:
        return self.v2 if self.direction == FORWARD else self.v1

    def recalculate(self) -> None:
        ihn, out = self.input(), self.output()
        out.walk_strength = weakest_of(self.strength, ihn.walk_strength)
        out.stay = ihn.stay
        if out.stay:
            self.execute()

    def mark_unsatisfied(self) -> None:
        self.direction = NONE

    def inputs_known(self, mark: int) -> bool:
        i = self.input()
        return i.mark == mark or i.stay or i.determined_by is None

    def remove_from_graph(self) -> None:
        self.v1.remove_constraint(self)
        self.v2.remove_constraint(self)
        self.direction = NONE


class ScaleConstraint(BinaryConstraint):
    def __init__(
        self, planner: Planner, src: Variable, scale: Variable, offset: Variable, dest: Variable, s: Strength
    ) -> None:
        self.scale, self.offset = scale, offset
        super().__init__(planner, src, dest, s)

    def add_to_graph(self) -> None:
        super().add_to_graph()
        self.scale.add_constraint(self)
        self.offset.add_constraint(self)

    def remove_from_graph(self) -> None:
        super().remove_from_graph()
        self.scale.remove_constraint(self)
        self.offset.remove_constraint(self)

    def mark_inputs(self, mark: int) -> None:
        super().mark_inputs(mark)
        self.scale.mark = mark
        self.offset.mark = mark

    def execute(self) -> None:
        if self.direction == FORWARD:
            self.v2.value = int32(int32(self.v1.value * self.scale.value) + self.offset.value)
        else:
            # Haxe `/` on Ints is a Float division; Std.int truncates it
            self.v1.value = std_int((self.v2.value - self.offset.value) / self.scale.value)

    def recalculate(self) -> None:
        ihn, out = self.input(), self.output()
        out.walk_strength = weakest_of(self.strength, ihn.walk_strength)
        out.stay = ihn.stay and self.scale.stay and self.offset.stay
        if out.stay:
            self.execute()


class EqualityConstraint(BinaryConstraint):
    def execute(self) -> None:
        self.output().value = self.input().value


class Plan:
    def __init__(self) -> None:
        self.items: list[Constraint] = []

    def execute(self) -> None:
        for c in self.items:
            c.execute()


class Planner:
    def __init__(self, out: list[str]) -> None:
        self.current_mark = 0
        self.out = out

    def incremental_add(self, c: Constraint) -> None:
        mark = self.new_mark()
        overridden = c.satisfy(mark)
        while overridden is not None:
            overridden = overridden.satisfy(mark)

    def incremental_remove(self, c: Constraint) -> None:
        out = c.output()
        c.mark_unsatisfied()
        c.remove_from_graph()
        unsatisfied = self.remove_propagate_from(out)
        strength = REQUIRED
        while strength is not WEAKEST:
            for u in unsatisfied:
                if u.strength is strength:
                    self.incremental_add(u)
            strength = strength.next_weaker()

    def new_mark(self) -> int:
        self.current_mark = int32(self.current_mark + 1)
        return self.current_mark

    def make_plan(self, sources: list[Constraint]) -> Plan:
        mark = self.new_mark()
        plan = Plan()
        todo = list(sources)
        while todo:
            c = todo.pop()
            out = c.output()
            if out.mark != mark and c.inputs_known(mark):
                plan.items.append(c)
                out.mark = mark
                self.add_constraints_consuming_to(out, todo)
        return plan

    def extract_plan_from_constraints(self, constraints: list[Constraint]) -> Plan:
        return self.make_plan([c for c in constraints if c.is_input() and c.is_satisfied()])

    def add_propagate(self, c: Constraint, mark: int) -> bool:
        todo = [c]
        while todo:
            d = todo.pop()
            if d.output().mark == mark:
                self.incremental_remove(c)
                return False
            d.recalculate()
            self.add_constraints_consuming_to(d.output(), todo)
        return True

    def remove_propagate_from(self, out: Variable) -> list[Constraint]:
        out.determined_by = None
        out.walk_strength = WEAKEST
        out.stay = True
        unsatisfied: list[Constraint] = []
        todo = [out]
        while todo:
            v = todo.pop()
            for c in v.constraints:
                if not c.is_satisfied():
                    unsatisfied.append(c)
            determining = v.determined_by
            for nxt in v.constraints:
                if nxt is not determining and nxt.is_satisfied():
                    nxt.recalculate()
                    todo.append(nxt.output())
        return unsatisfied

    def add_constraints_consuming_to(self, v: Variable, coll: list[Constraint]) -> None:
        determining = v.determined_by
        for c in v.constraints:
            if c is not determining and c.is_satisfied():
                coll.append(c)


def chain_test(n: int, out: list[str]) -> int:
    planner = Planner(out)
    prev: Variable | None = None
    first = last = None
    for i in range(n + 1):
        v = Variable("v", 0)
        if prev is not None:
            EqualityConstraint(planner, prev, v, REQUIRED)
        if i == 0:
            first = v
        if i == n:
            last = v
        prev = v
    assert first is not None and last is not None
    StayConstraint(planner, last, STRONG_DEFAULT)
    edit = EditConstraint(planner, first, PREFERRED)
    plan = planner.extract_plan_from_constraints([edit])
    total = 0
    for i in range(100):
        first.value = i
        plan.execute()
        total = int32(total + last.value)
    return total


def change(planner: Planner, v: Variable, new_value: int) -> None:
    edit = EditConstraint(planner, v, PREFERRED)
    plan = planner.extract_plan_from_constraints([edit])
    for _ in range(10):
        v.value = new_value
        plan.execute()
    edit.destroy_constraint()


def projection_test(n: int, out: list[str]) -> int:
    planner = Planner(out)
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    src = dst = None
    dests = []
    for i in range(n):
        src = Variable("src", i)
        dst = Variable("dst", i)
        dests.append(dst)
        StayConstraint(planner, src, NORMAL)
        ScaleConstraint(planner, src, scale, offset, dst, REQUIRED)
    assert src is not None and dst is not None
    total = 0
    change(planner, src, 17)
    total = int32(total + dst.value)
    if dst.value != 1170:
        out.append("Projection 1 failed")
    change(planner, dst, 1050)
    total = int32(total + src.value)
    if src.value != 5:
        out.append("Projection 2 failed")
    change(planner, scale, 5)
    for i in range(n - 1):
        total = int32(total + dests[i].value)
        if dests[i].value != i * 5 + 1000:
            out.append("Projection 3 failed")
    change(planner, offset, 2000)
    for i in range(n - 1):
        total = int32(total + dests[i].value)
        if dests[i].value != i * 5 + 2000:
            out.append("Projection 4 failed")
    return total


def deltablue(iterations: int = 40, chain: int = 100, projection: int = 100) -> str:
    """`main`: `iterations` rounds of `chainTest(chain)` and `projectionTest(projection)`, then the total."""
    out: list[str] = []
    total = 0
    for _ in range(iterations):
        total = int32(total + chain_test(chain, out))
        total = int32(total + projection_test(projection, out))
    out.append(f"total: {total}")
    return "".join(line + "\n" for line in out)
