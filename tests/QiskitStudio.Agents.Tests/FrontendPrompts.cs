namespace QiskitStudio.Agents.Tests;

/// <summary>Prompts built exactly the way the Qiskit Studio frontend builds them (CONTRACT §2, §1.4).</summary>
public static class FrontendPrompts
{
    /// <summary>The parameter-update prompt of §2 for one scalar or object parameter.</summary>
    public static string ParameterUpdate(string label, string currentCode, params (string Key, string Value)[] parameters)
    {
        var block = string.Join("\n", parameters.Select(p => $"    {p.Key}: {p.Value}"));
        return $"###[{label}]\n\n```\n{currentCode}\n```\n\nNEW PARAMETERS:\n\n{block}";
    }

    /// <summary>The chemistry node's molecule update of §2.</summary>
    public static string MoleculeUpdate(string label, string currentCode, string molecule) =>
        $"###[{label}]\n\n```\n{currentCode}\n```\n\nNEW PARAMETERS:\n\n" +
        $"    Selected molecule: {molecule}\n" +
        "    REPLACE THE ENTIRE MOLECULAR DEFINITION WITH THE FOLLOWING CODE. DO NOT INCLUDE THE #### INPUT PYTHON OR #### END INPUT PYTHON MARKERS.\n" +
        "    mol = pyscf.gto.Mole()\n" +
        "    mol.build(atom=[[\"Li\", (0, 0, 0)], [\"H\", (0, 0, 1.6)]], basis=\"sto-3g\", spin=0, charge=0)";

    /// <summary>The Python node's "Update with AI" prompt (python-node.tsx).</summary>
    public static string NodeUpdate(string pythonCode, string inputValue) =>
        "You are an expert Qiskit programmer.\nGiven the following Python code snippet that is part of a larger Qiskit program:\n" +
        $"```python\n{pythonCode}\n```\n\n" +
        "The user has provided the following input for the section between '#### INPUT PYTHON' and '#### END INPUT PYTHON':\n" +
        $"```python\n{inputValue}\n```\n\n" +
        "Your task is to analyze the user's input and the surrounding code, and then generate a corrected, completed, or improved version of the code for the INPUT section.\n\n" +
        "**IMPORTANT**: Respond with ONLY the Python code for the input section. Do not include the ```python markdown, explanations, or any other text.\n";

    public const string TranspilerCode =
        "from qiskit.transpiler.preset_passmanagers import generate_preset_pass_manager\n\n" +
        "pm = generate_preset_pass_manager(optimization_level=1, backend=backend)\n" +
        "isa_circuit = pm.run(circuit)";

    public const string MaxCutNodeCode =
        "import numpy as np\nimport rustworkx as rx\n\nn = 5\ngraph = rx.PyGraph()\n" +
        "#### INPUT PYTHON\ngraph.add_nodes_from(np.arange(0, n, 1))\n#### END INPUT PYTHON\n";
}
