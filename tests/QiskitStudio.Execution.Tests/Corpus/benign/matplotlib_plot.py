import numpy as np
import matplotlib.pyplot as plt
from qiskit.visualization import plot_bloch_multivector
from qiskit.quantum_info import Statevector

xs = np.linspace(0, 2 * np.pi, 50)
plt.plot(xs, np.sin(xs), label="sin")
plt.legend()
plt.title("A sine")
plt.savefig("sine.png")
plot_bloch_multivector(Statevector.from_label("+0"))
plt.show()
