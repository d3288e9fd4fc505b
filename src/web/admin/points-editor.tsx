import { NumberInput, Table, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';

/** A score curve: each row turns a raw value into a 0–100 score; between rows it is interpolated. */
export function PointsEditor<Values>({ form, path, label, count }: { form: UseFormReturnType<Values>; path: string; label: string; count: number }) {
  return (
    <div>
      <Text size="sm" fw={500} id={`${path}-label`}>
        {label}
      </Text>
      <Table verticalSpacing={2} fz="sm" aria-labelledby={`${path}-label`} maw={280}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Raw value</Table.Th>
            <Table.Th>Score</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {Array.from({ length: count }, (_, index) => (
            <Table.Tr key={index}>
              <Table.Td>
                <NumberInput size="xs" aria-label={`${label}, raw value ${index + 1}`} decimalScale={2} {...form.getInputProps(`${path}.${index}.raw`)} />
              </Table.Td>
              <Table.Td>
                <NumberInput size="xs" aria-label={`${label}, score ${index + 1}`} {...form.getInputProps(`${path}.${index}.score`)} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}
